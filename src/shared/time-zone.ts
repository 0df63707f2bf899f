import { z } from 'zod'

/** True when this runtime's Intl knows the zone (IANA names such as Asia/Seoul, or UTC). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

/**
 * The learner's time zone as the renderer reports it. Main buckets days in this zone, so
 * "today" and a streak follow the learner's clock, not the machine's or UTC.
 */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_+\-/:]+$/, 'must be an IANA time zone name such as Asia/Seoul')
  .refine(isKnownTimeZone, 'is not a time zone this app knows')

/** A local calendar day, `YYYY-MM-DD`. */
export const LocalDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
