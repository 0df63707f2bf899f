import { z } from 'zod'
import { StableIdSchema } from './ids'
import { LocalDaySchema, TimeZoneSchema } from './time-zone'

/** The calendar covers this many weeks, the current one last. */
export const STATS_WEEKS = 12

/** One local day of study. */
export const StudyDaySchema = z.object({
  date: LocalDaySchema,
  /** 0 = Monday … 6 = Sunday (weeks start on Monday, as in Korea). */
  weekday: z.number().int().min(0).max(6),
  seconds: z.number().int().min(0),
  answered: z.number().int().min(0),
  correct: z.number().int().min(0),
})
export type StudyDay = z.infer<typeof StudyDaySchema>

export const StudyStatsSchema = z.object({
  timeZone: TimeZoneSchema,
  today: LocalDaySchema,
  /**
   * Every day from the Monday STATS_WEEKS−1 weeks before this week's Monday up to today, in
   * order: day i sits in column ⌊i / 7⌋, row i mod 7 of the calendar.
   */
  days: z.array(StudyDaySchema),
  streak: z.object({
    /** Consecutive active days ending today — or yesterday, while today has no activity yet. */
    current: z.number().int().min(0),
    longest: z.number().int().min(0),
    activeToday: z.boolean(),
  }),
  /** Checkpoint and review answers per chapter, all time, in reading order. */
  chapters: z.array(
    z.object({ chapterId: StableIdSchema, answered: z.number().int().min(0), correct: z.number().int().min(0) }),
  ),
})
export type StudyStats = z.infer<typeof StudyStatsSchema>
