import { describe, expect, it } from 'vitest'
import { DEFAULT_BOUNDS } from './window-options'
import { restoreBounds } from './window-state'

const laptop = [{ x: 0, y: 0, width: 1920, height: 1080 }]

describe('restoreBounds', () => {
  it('restores a window that is still on a connected display', () => {
    expect(restoreBounds({ x: 100, y: 80, width: 1000, height: 700 }, laptop)).toEqual({
      x: 100,
      y: 80,
      width: 1000,
      height: 700,
    })
  })
  it('keeps the size but lets the system place a window whose monitor is gone', () => {
    expect(restoreBounds({ x: 3000, y: 80, width: 1000, height: 700 }, laptop)).toEqual({ width: 1000, height: 700 })
  })
  it.each([
    undefined,
    null,
    'big',
    { width: 10, height: 10 },
    { width: 1.5, height: 700 },
    { width: 99999, height: 700 },
  ])('falls back to the default size for %j', (saved) => {
    expect(restoreBounds(saved, laptop)).toEqual(DEFAULT_BOUNDS)
  })
})
