import { afterEach, describe, expect, it } from 'vitest'
import { tempServices } from '../../../test/support/temp-services'

let env: ReturnType<typeof tempServices> | null = null
afterEach(() => env?.dispose())

/** Services on a clock the test sets before each recorded event. */
function servicesAt(iso: string) {
  let current = new Date(iso)
  env = tempServices({ now: () => current })
  return { services: env.services, set: (next: string) => (current = new Date(next)) }
}

/**
 * Three events around midnight, seen from three zones:
 * A 2025-01-15 14:30Z — 30 min studied: Seoul 15th 23:30 · LA 15th 06:30 · UTC 15th
 * B 2025-01-15 15:30Z — a wrong answer:  Seoul 16th 00:30 · LA 15th 07:30 · UTC 15th
 * C 2025-01-16 07:30Z — a right answer:  Seoul 16th 16:30 · LA 15th 23:30 · UTC 16th
 * Now 2025-01-16 09:00Z:                 Seoul 16th 18:00 · LA 16th 01:00 · UTC 16th
 */
function recordAroundMidnight() {
  const { services, set } = servicesAt('2025-01-15T14:30:00Z')
  services.chapterState.recordStudyTime('mini', 'first', 1800)
  set('2025-01-15T15:30:00Z')
  services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'b' })
  set('2025-01-16T07:30:00Z')
  services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'a' })
  set('2025-01-16T09:00:00Z')
  return services
}

const day = (stats: { days: { date: string }[] }, date: string) => stats.days.find((d) => d.date === date)

describe('study stats in the learner’s local days', () => {
  it.each([
    [
      'Asia/Seoul',
      { seconds: 1800, answered: 0, correct: 0 },
      { seconds: 0, answered: 2, correct: 1 },
      { current: 2, longest: 2, activeToday: true },
    ],
    [
      'America/Los_Angeles',
      { seconds: 1800, answered: 2, correct: 1 },
      { seconds: 0, answered: 0, correct: 0 },
      { current: 1, longest: 1, activeToday: false },
    ],
    [
      'UTC',
      { seconds: 1800, answered: 1, correct: 0 },
      { seconds: 0, answered: 1, correct: 1 },
      { current: 2, longest: 2, activeToday: true },
    ],
  ])('buckets events into %s days (an event at 23:30 local counts for that day)', (zone, on15th, on16th, streak) => {
    const stats = recordAroundMidnight().stats.studyStats('mini', zone)
    expect(stats.today).toBe('2025-01-16')
    expect(day(stats, '2025-01-15')).toMatchObject(on15th)
    expect(day(stats, '2025-01-16')).toMatchObject(on16th)
    expect(stats.streak).toEqual(streak)
    expect(stats.chapters).toEqual([
      { chapterId: 'first', answered: 2, correct: 1 },
      { chapterId: 'second', answered: 0, correct: 0 },
    ])
  })

  it('lays out 12 calendar weeks from a Monday up to today', () => {
    const stats = recordAroundMidnight().stats.studyStats('mini', 'Asia/Seoul')
    // 2025-01-16 is a Thursday: 11 full weeks plus Monday–Thursday.
    expect(stats.days).toHaveLength(11 * 7 + 4)
    expect(stats.days[0]).toMatchObject({ date: '2024-10-28', weekday: 0 })
    expect(stats.days.at(-1)).toMatchObject({ date: '2025-01-16', weekday: 3 })
    stats.days.forEach((d, i) => expect(d.weekday).toBe(i % 7))
  })

  it('keeps a streak alive on a day boundary the learner has not reached yet', () => {
    // Studied on the evening of the 14th and the 15th in Los Angeles; it is now 01:00 on the 16th there.
    const { services, set } = servicesAt('2025-01-15T06:00:00Z')
    services.chapterState.recordStudyTime('mini', 'first', 600)
    set('2025-01-16T07:45:00Z')
    services.chapterState.recordStudyTime('mini', 'second', 600)
    set('2025-01-16T09:00:00Z')
    expect(services.stats.studyStats('mini', 'America/Los_Angeles').streak).toEqual({
      current: 2,
      longest: 2,
      activeToday: false,
    })
    // In Seoul the same two events fall on the 15th and the 16th, and it is already evening on the 16th.
    expect(services.stats.studyStats('mini', 'Asia/Seoul').streak).toEqual({
      current: 2,
      longest: 2,
      activeToday: true,
    })
    // Two days later with nothing done, the streak is over but the record stays.
    set('2025-01-18T09:00:00Z')
    expect(services.stats.studyStats('mini', 'Asia/Seoul').streak).toEqual({
      current: 0,
      longest: 2,
      activeToday: false,
    })
  })

  it('counts review answers as answered questions, and a checkpoint lapse only once', () => {
    const { services, set } = servicesAt('2025-01-15T01:00:00Z')
    services.progress.submitAnswer('mini', 'q-second-tf', { type: 'truefalse', value: false })
    services.review.submit('mini', 'q-second-tf', { type: 'truefalse', value: true }, 'UTC')
    set('2025-01-15T02:00:00Z')
    // A wrong chapter answer on a reviewed card is an attempt and a lapse: one answered question.
    services.progress.submitAnswer('mini', 'q-second-tf', { type: 'truefalse', value: false })
    const stats = services.stats.studyStats('mini', 'UTC')
    expect(day(stats, '2025-01-15')).toMatchObject({ answered: 3, correct: 1 })
    expect(stats.chapters[1]).toEqual({ chapterId: 'second', answered: 3, correct: 1 })
  })
})
