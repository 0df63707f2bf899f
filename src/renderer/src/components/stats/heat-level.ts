import type { StudyDay } from '../../../../shared/stats'

/** Whole minutes studied on a day (the heatmap and its table show minutes). */
export const minutesOf = (day: Pick<StudyDay, 'seconds'>): number => Math.round(day.seconds / 60)

/**
 * How busy a day was, 0–4, for the heatmap's shade: a minute studied and a question answered
 * each count one. Fixed steps (not relative to the busiest day) keep a day's shade stable.
 */
export function heatLevel(day: Pick<StudyDay, 'seconds' | 'answered'>): 0 | 1 | 2 | 3 | 4 {
  const score = minutesOf(day) + day.answered
  if (score <= 0) return day.seconds > 0 ? 1 : 0
  if (score < 10) return 1
  if (score < 30) return 2
  if (score < 60) return 3
  return 4
}
