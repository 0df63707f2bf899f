import { describe, expect, it } from 'vitest'
import { computeStreak } from './streak'

describe('computeStreak', () => {
  it('is zero with no activity', () => {
    expect(computeStreak(new Set(), '2025-01-15')).toEqual({ current: 0, longest: 0, activeToday: false })
  })

  it('counts consecutive days ending today', () => {
    const days = new Set(['2025-01-13', '2025-01-14', '2025-01-15'])
    expect(computeStreak(days, '2025-01-15')).toEqual({ current: 3, longest: 3, activeToday: true })
  })

  it('keeps yesterday’s streak alive until the learner’s own midnight', () => {
    const days = new Set(['2025-01-13', '2025-01-14'])
    expect(computeStreak(days, '2025-01-15')).toEqual({ current: 2, longest: 2, activeToday: false })
  })

  it('breaks after a whole day without study', () => {
    const days = new Set(['2025-01-12', '2025-01-13'])
    expect(computeStreak(days, '2025-01-15')).toEqual({ current: 0, longest: 2, activeToday: false })
  })

  it('finds the longest run across a month boundary and ignores days after today', () => {
    const days = new Set([
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
      '2025-01-10',
      '2025-01-11',
      '2025-02-01',
    ])
    expect(computeStreak(days, '2025-01-11')).toEqual({ current: 2, longest: 4, activeToday: true })
  })
})
