import { describe, expect, it } from 'vitest'
import { addDays, localDay, startOfLocalDay, weekdayOf } from './local-day'

const at = (iso: string) => Date.parse(iso)

describe('localDay', () => {
  it.each([
    // 14:30Z is 23:30 in Seoul (UTC+9): still the 15th there.
    ['2025-01-15T14:30:00Z', 'Asia/Seoul', '2025-01-15'],
    ['2025-01-15T15:30:00Z', 'Asia/Seoul', '2025-01-16'],
    ['2025-01-15T14:59:59Z', 'Asia/Seoul', '2025-01-15'],
    ['2025-01-15T15:00:00Z', 'Asia/Seoul', '2025-01-16'],
    // 07:30Z on the 16th is 23:30 on the 15th in Los Angeles (UTC−8 in winter).
    ['2025-01-16T07:30:00Z', 'America/Los_Angeles', '2025-01-15'],
    ['2025-01-16T08:00:00Z', 'America/Los_Angeles', '2025-01-16'],
    // Summer time: UTC−7, so 06:30Z is 23:30 the day before.
    ['2025-07-02T06:30:00Z', 'America/Los_Angeles', '2025-07-01'],
    ['2025-01-15T23:59:59Z', 'UTC', '2025-01-15'],
    ['2025-01-16T00:00:00Z', 'UTC', '2025-01-16'],
  ])('%s in %s is %s', (iso, zone, day) => {
    expect(localDay(at(iso), zone)).toBe(day)
  })
})

describe('day arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01')
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31')
    expect(addDays('2025-03-09', 84)).toBe('2025-06-01')
  })

  it('numbers weekdays from Monday', () => {
    expect(weekdayOf('2025-01-13')).toBe(0) // a Monday
    expect(weekdayOf('2025-01-19')).toBe(6) // a Sunday
  })
})

describe('startOfLocalDay', () => {
  it.each([
    ['2025-01-16', 'Asia/Seoul', '2025-01-15T15:00:00.000Z'],
    ['2025-01-16', 'UTC', '2025-01-16T00:00:00.000Z'],
    ['2025-01-16', 'America/Los_Angeles', '2025-01-16T08:00:00.000Z'],
    // The days summer time starts and ends in Los Angeles (23 and 25 hours long).
    ['2025-03-09', 'America/Los_Angeles', '2025-03-09T08:00:00.000Z'],
    ['2025-03-10', 'America/Los_Angeles', '2025-03-10T07:00:00.000Z'],
    ['2025-11-02', 'America/Los_Angeles', '2025-11-02T07:00:00.000Z'],
    ['2025-11-03', 'America/Los_Angeles', '2025-11-03T08:00:00.000Z'],
    // Santiago skips midnight when summer time starts: the day begins at 01:00 local.
    ['2024-09-08', 'America/Santiago', '2024-09-08T04:00:00.000Z'],
  ])('%s begins in %s at %s', (day, zone, iso) => {
    expect(new Date(startOfLocalDay(day, zone)).toISOString()).toBe(iso)
    expect(localDay(startOfLocalDay(day, zone), zone)).toBe(day)
    expect(localDay(startOfLocalDay(day, zone) - 1, zone)).toBe(addDays(day, -1))
  })
})
