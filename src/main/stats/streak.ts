import { addDays } from './local-day'

export interface Streak {
  /** Consecutive active days ending today, or ending yesterday while today has nothing yet. */
  current: number
  longest: number
  activeToday: boolean
}

/**
 * Streaks over local days with any activity. Today without activity does not break the streak
 * yet: the learner still has until their own midnight.
 */
export function computeStreak(activeDays: ReadonlySet<string>, today: string): Streak {
  const activeToday = activeDays.has(today)
  let current = 0
  for (let day = activeToday ? today : addDays(today, -1); activeDays.has(day); day = addDays(day, -1)) current += 1

  let longest = 0
  let run = 0
  let previous: string | null = null
  for (const day of [...activeDays].filter((d) => d <= today).sort()) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1
    longest = Math.max(longest, run)
    previous = day
  }
  return { current, longest, activeToday }
}
