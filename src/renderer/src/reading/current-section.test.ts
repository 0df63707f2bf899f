import { describe, expect, it } from 'vitest'
import { currentOf } from './current-section'

describe('the section being read', () => {
  const sections = (tops: number[]) => tops.map((top, i) => ({ id: `s${i + 1}`, top }))
  it('is the last section whose top has reached the reading line', () => {
    expect(currentOf(sections([-900, -100, 400, 1200]), 260)).toBe('s2')
    expect(currentOf(sections([-900, -300, 120, 1200]), 260)).toBe('s3')
  })
  it('is none above the first section', () => {
    expect(currentOf(sections([300, 1200]), 260)).toBeNull()
  })
  it('stays the last section below its end (the end-of-chapter check)', () => {
    expect(currentOf(sections([-2000, -1200, -400]), 260)).toBe('s3')
  })
})
