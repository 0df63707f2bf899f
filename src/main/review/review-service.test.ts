import Database from 'better-sqlite3'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MINI_PACK, tempServices } from '../../../test/support/temp-services'
import { copyPack } from '../../../test/support/packs'
import { DATABASE_FILE } from '../data-folder'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'

const DAY = 86_400_000
const WRONG = { type: 'single', optionId: 'b' } as const
const RIGHT = { type: 'single', optionId: 'a' } as const

/** A clock the test moves by hand; services read it on every call. */
function testClock(iso: string) {
  let current = new Date(iso)
  return {
    now: () => current,
    set(next: string | number) {
      current = new Date(next)
    },
  }
}

let env: ReturnType<typeof tempServices> | null = null
afterEach(() => env?.dispose())

const logCount = (e: NonNullable<typeof env>) => e.db.prepare(`SELECT count(*) FROM review_log`).pluck().get() as number

describe('spaced review of missed questions', () => {
  it('makes a missed question due, reschedules it when reviewed, and keeps that across a restart', () => {
    // 10:00 in Seoul.
    const clock = testClock('2025-01-15T01:00:00Z')
    env = tempServices({ now: clock.now })
    const { services, dataDir } = env

    expect(services.review.queue('mini', 'Asia/Seoul')).toEqual({ due: [], total: 0, nextDueAt: null })
    services.progress.submitAnswer('mini', 'q-first-single', WRONG)

    const before = services.review.queue('mini', 'Asia/Seoul')
    expect(before.total).toBe(1)
    expect(before.due).toHaveLength(1)
    expect(before.due[0]).toMatchObject({
      chapterId: 'first',
      sectionId: 'intro',
      sectionTitle: '들어가며',
      question: { id: 'q-first-single', type: 'single' },
      card: { questionId: 'q-first-single', state: 'new', reps: 0 },
    })
    // The renderer never sees which option is correct.
    expect(JSON.stringify(before.due[0]?.question)).not.toContain('correct')

    clock.set('2025-01-15T02:00:00Z')
    const reviewed = services.review.submit('mini', 'q-first-single', RIGHT, 'Asia/Seoul')
    expect(reviewed).toMatchObject({ grade: { correct: true }, rescheduled: true, card: { state: 'review', reps: 1 } })
    const nextDue = reviewed.card?.due ?? 0
    expect(nextDue).toBeGreaterThanOrEqual(Date.parse('2025-01-15T02:00:00Z') + DAY)

    const after = services.review.queue('mini', 'Asia/Seoul')
    expect(after).toEqual({ due: [], total: 1, nextDueAt: nextDue })

    // Answering again the same day grades, but the schedule moves once per review.
    const logged = logCount(env)
    expect(services.review.submit('mini', 'q-first-single', WRONG, 'Asia/Seoul')).toMatchObject({
      grade: { correct: false },
      rescheduled: false,
      card: { due: nextDue },
    })
    expect(logCount(env)).toBe(logged)

    services.close()
    env = tempServices({ dataDir, now: clock.now })
    expect(env.services.review.queue('mini', 'Asia/Seoul')).toEqual({ due: [], total: 1, nextDueAt: nextDue })

    // On the day it is due it comes back; a miss then is a lapse, due again the next day.
    clock.set(nextDue)
    expect(env.services.review.queue('mini', 'Asia/Seoul').due.map((i) => i.card.questionId)).toEqual([
      'q-first-single',
    ])
    const lapsed = env.services.review.submit('mini', 'q-first-single', WRONG, 'Asia/Seoul')
    expect(lapsed).toMatchObject({ rescheduled: true, card: { lapses: 1, reps: 2 } })
    expect(lapsed.card?.due).toBeGreaterThanOrEqual(nextDue + DAY)
  })

  it('counts a card due for the whole of the local day it falls on, in the learner’s time zone', () => {
    const clock = testClock('2025-01-15T01:00:00Z')
    env = tempServices({ now: clock.now })
    const { services } = env
    services.progress.submitAnswer('mini', 'q-first-single', WRONG)
    const due = services.review.submit('mini', 'q-first-single', RIGHT, 'UTC').card?.due ?? 0
    expect(new Date(due).toISOString()).toBe('2025-01-18T01:00:00.000Z')

    // 15:30Z on the 17th: 00:30 on the 18th in Seoul, where the card is due at 10:00 today;
    // 07:30 on the 17th in Los Angeles, where it is due at 17:00 today; but in UTC it is due
    // tomorrow (the 18th), so not yet.
    clock.set('2025-01-17T15:30:00Z')
    expect(services.review.queue('mini', 'Asia/Seoul').due).toHaveLength(1)
    expect(services.review.queue('mini', 'America/Los_Angeles').due).toHaveLength(1)
    expect(services.review.queue('mini', 'UTC')).toMatchObject({ due: [], nextDueAt: due })
  })

  it('does not let a correct chapter answer create a card, and makes a chapter miss on a reviewed card a lapse', () => {
    const clock = testClock('2025-01-15T01:00:00Z')
    env = tempServices({ now: clock.now })
    const { services } = env
    services.progress.submitAnswer('mini', 'q-first-single', RIGHT)
    expect(services.review.queue('mini', 'UTC').total).toBe(0)

    services.progress.submitAnswer('mini', 'q-first-single', WRONG)
    services.review.submit('mini', 'q-first-single', RIGHT, 'UTC')
    expect(services.review.queue('mini', 'UTC').due).toHaveLength(0)

    clock.set('2025-01-15T05:00:00Z')
    services.progress.submitAnswer('mini', 'q-first-single', WRONG)
    const queue = services.review.queue('mini', 'UTC')
    expect(queue.nextDueAt).toBe(Date.parse('2025-01-16T05:00:00Z'))
    const sources = env.db.prepare(`SELECT source FROM review_log ORDER BY id`).pluck().all()
    expect(sources).toEqual(['review', 'checkpoint'])
  })

  it('skips a card whose question a content update removed, and keeps it for when it returns', () => {
    const pack = copyPack('mini')
    const clock = testClock('2025-01-15T01:00:00Z')
    env = tempServices({ packDirs: [pack], now: clock.now })
    const { services, dataDir } = env
    services.progress.submitAnswer('mini', 'q-first-single', WRONG)
    services.progress.submitAnswer('mini', 'q-second-match', { type: 'matching', pairs: { vm: 'no-os' } })
    expect(services.review.queue('mini', 'UTC').total).toBe(2)
    services.close()

    const checkpoints = join(pack, 'checkpoints', '02-second.yaml')
    const original = readFileSync(checkpoints, 'utf8')
    writeFileSync(checkpoints, original.slice(0, original.indexOf('- id: q-second-match')))
    env = tempServices({ dataDir, packDirs: [pack], now: clock.now })
    const queue = env.services.review.queue('mini', 'UTC')
    expect(queue.total).toBe(1)
    expect(queue.due.map((i) => i.card.questionId)).toEqual(['q-first-single'])
    expect(() => env?.services.review.submit('mini', 'q-second-match', { type: 'matching', pairs: {} }, 'UTC')).toThrow(
      /No question/,
    )
    env.services.close()

    writeFileSync(checkpoints, original)
    env = tempServices({ dataDir, packDirs: [pack], now: clock.now })
    expect(env.services.review.queue('mini', 'UTC').total).toBe(2)
  })

  it('turns questions missed before the review feature existed into due cards on upgrade', () => {
    const clock = testClock('2025-01-15T01:00:00Z')
    env = tempServices({ now: clock.now })
    const { dataDir } = env
    env.services.close()
    const dir = join(dataDir, 'old')
    mkdirSync(dir)
    const raw = new Database(join(dir, DATABASE_FILE))
    migrate(raw, migrations.slice(0, 2))
    const insert = raw.prepare(
      `INSERT INTO checkpoint_attempts (course_id, chapter_id, question_id, answer_json, correct, answered_at) VALUES (?, ?, ?, ?, ?, ?)`,
    )
    insert.run('mini', 'first', 'q-first-single', JSON.stringify(WRONG), 0, Date.parse('2025-01-01T00:00:00Z'))
    insert.run(
      'mini',
      'second',
      'q-second-tf',
      JSON.stringify({ type: 'truefalse', value: true }),
      1,
      Date.parse('2025-01-02T00:00:00Z'),
    )
    raw.close()

    const upgraded = tempServices({ dataDir: dir, packDirs: [MINI_PACK], now: clock.now })
    try {
      const queue = upgraded.services.review.queue('mini', 'UTC')
      expect(queue.due.map((i) => [i.card.questionId, i.card.due])).toEqual([
        ['q-first-single', Date.parse('2025-01-01T00:00:00Z')],
      ])
    } finally {
      upgraded.services.close()
    }
  })

  it('forgets cards and their log when the course is reset', () => {
    env = tempServices({ now: testClock('2025-01-15T01:00:00Z').now })
    const { services } = env
    services.progress.submitAnswer('mini', 'q-first-single', WRONG)
    services.review.submit('mini', 'q-first-single', RIGHT, 'UTC')
    services.progress.resetCourse('mini')
    expect(services.review.queue('mini', 'UTC')).toEqual({ due: [], total: 0, nextDueAt: null })
    expect(logCount(env)).toBe(0)
  })
})
