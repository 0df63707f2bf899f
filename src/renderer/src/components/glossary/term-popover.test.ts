import { describe, expect, it } from 'vitest'
import { placePopover, termIdsIn } from './term-popover'

const viewport = { width: 800, height: 600 }
const size = { width: 300, height: 120 }

describe('placePopover', () => {
  it('opens below the word when there is room', () => {
    expect(placePopover({ top: 100, bottom: 120, left: 50 }, size, viewport)).toEqual({ top: 126, left: 50 })
  })

  it('opens above a word near the bottom of the window', () => {
    expect(placePopover({ top: 540, bottom: 560, left: 50 }, size, viewport)).toEqual({ top: 414, left: 50 })
  })

  it('stays inside the window beside a word at its right edge', () => {
    expect(placePopover({ top: 100, bottom: 120, left: 700 }, size, viewport).left).toBe(492)
  })
})

describe('termIdsIn', () => {
  it('reads the marked terms of a prose block in order', () => {
    expect(termIdsIn('<p><span data-term="vm">VM</span>과 <span data-term="host-os">호스트 OS</span></p>')).toEqual([
      'vm',
      'host-os',
    ])
  })
})
