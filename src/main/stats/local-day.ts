/*
 * Calendar days in the learner's time zone. An instant becomes a local day through Intl (which
 * knows every zone's offsets and DST rules); day arithmetic then works on the date alone, in UTC,
 * so a 23- or 25-hour day never shifts a date.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall-clock fields of an instant in a zone. */
function wallClock(at: number, timeZone: string) {
  const fields: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  return {
    year: fields['year'] ?? 1970,
    month: fields['month'] ?? 1,
    day: fields['day'] ?? 1,
    hour: fields['hour'] ?? 0,
    minute: fields['minute'] ?? 0,
    second: fields['second'] ?? 0,
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const dayString = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`

function parseDay(day: string): { year: number; month: number; day: number } {
  const [year, month, date] = day.split('-').map(Number)
  return { year: year ?? 1970, month: month ?? 1, day: date ?? 1 }
}

/** The local day (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function localDay(at: number, timeZone: string): string {
  const w = wallClock(at, timeZone)
  return dayString(w.year, w.month, w.day)
}

/** The day `n` days after `day` (negative: before). */
export function addDays(day: string, n: number): string {
  const d = parseDay(day)
  const shifted = new Date(Date.UTC(d.year, d.month - 1, d.day + n))
  return dayString(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate())
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: string): number {
  const d = parseDay(day)
  return (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(at: number, timeZone: string): number {
  const w = wallClock(at, timeZone)
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return wallAsUtc - Math.floor(at / 1000) * 1000
}

/**
 * The instant a local day begins in `timeZone`. Two passes settle the offset across a DST change;
 * where midnight itself is skipped, the result is the first instant of that day.
 */
export function startOfLocalDay(day: string, timeZone: string): number {
  const d = parseDay(day)
  const midnightAsUtc = Date.UTC(d.year, d.month - 1, d.day)
  let at = midnightAsUtc - offsetAt(midnightAsUtc, timeZone)
  at = midnightAsUtc - offsetAt(at, timeZone)
  // A skipped midnight lands on the previous day; step forward to where the day starts.
  while (localDay(at, timeZone) < day) at += 15 * 60_000
  return at
}
