import { describe, expect, it } from 'vitest'
import { scrolledFraction } from './reading-progress'

describe('how far through the chapter the bar shows', () => {
  const area = { top: 100, height: 2100 }
  it('is empty at the top of the page and full once the chapter end reaches the window bottom', () => {
    expect(scrolledFraction(0, area, 800)).toBe(0)
    expect(scrolledFraction(700, area, 800)).toBeCloseTo(0.5)
    expect(scrolledFraction(1400, area, 800)).toBe(1)
    expect(scrolledFraction(2000, area, 800)).toBe(1)
  })
  it('is full for a chapter shorter than the window', () => {
    expect(scrolledFraction(0, { top: 50, height: 400 }, 800)).toBe(1)
  })
})
