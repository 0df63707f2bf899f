/** Formatting shared by the review, notes and stats screens. */

/** The learner's IANA time zone, which main uses to decide what "today" is. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** A local day (`YYYY-MM-DD`, as main sends it) for display, e.g. "1월 16일 (목)". */
export function formatDay(day: string, locale: string, options: Intl.DateTimeFormatOptions = {}): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number)
  // The day is already local: format it as the calendar date it names, in UTC, so no zone shifts it.
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    ...options,
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, date))
}

/** An instant (epoch ms) as a date in the learner's own zone. */
export function formatInstant(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(at)
}
