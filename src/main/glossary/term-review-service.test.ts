import { resolve } from 'node:path'
import { Rating } from 'ts-fsrs'
import { afterEach, describe, expect, it } from 'vitest'
import { tempServices } from '../../../test/support/temp-services'
import { TERM_RATINGS } from '../review/scheduler'
import { NEW_TERMS_PER_DAY } from '../../shared/glossary-limits'

const SPRINT_3 = resolve(__dirname, '../../../resources/courses/sprint-3')
const COURSE = 'k8s-another-class-sprint-3'
const SEOUL = 'Asia/Seoul'
const DAY = 86_400_000

function testClock(iso: string) {
  let current = new Date(iso)
  return { now: () => current, advance: (ms: number) => (current = new Date(current.getTime() + ms)) }
}

let env: ReturnType<typeof tempServices> | null = null
afterEach(() => env?.dispose())

function setup() {
  // 10:00 in Seoul.
  const clock = testClock('2025-03-10T01:00:00Z')
  env = tempServices({ now: clock.now, packDirs: [SPRINT_3] })
  const { services } = env
  const open = (chapterId: string, sectionId: string) => services.progress.savePosition(COURSE, chapterId, sectionId, 0)
  const chapterOf = (termId: string) => services.library.packs[0]!.glossary.find((g) => g.id === termId)!.chapter
  return { clock, services, db: env.db, open, chapterOf }
}

describe('glossary terms in spaced review', () => {
  it('adds nothing until the learner opts in', () => {
    const { services, db, open } = setup()
    open('infra-stack', 'why-layers')
    expect(services.termReview.queue(COURSE, SEOUL)).toEqual({ due: [], total: 0, nextDueAt: null })
    expect(db.prepare('SELECT count(*) FROM glossary_cards').pluck().get()).toBe(0)

    services.settings.update({ glossaryReview: true })
    expect(services.termReview.queue(COURSE, SEOUL).due).toHaveLength(NEW_TERMS_PER_DAY)
  })

  it('introduces terms only from chapters the learner has opened', () => {
    const { services, open, chapterOf } = setup()
    services.settings.update({ glossaryReview: true })
    expect(services.termReview.queue(COURSE, SEOUL).total).toBe(0)

    open('service-models', 'where-the-line-is')
    const due = services.termReview.queue(COURSE, SEOUL).due
    expect(due.length).toBeGreaterThan(0)
    expect(new Set(due.map((item) => chapterOf(item.term.id)))).toEqual(new Set(['service-models']))
    // Each card carries what the reveal shows and where the term is taught.
    expect(due[0]!.term).toMatchObject({ chapterId: 'service-models', definition: expect.any(String) })
  })

  it('introduces at most a few new cards a learner-local day, in reading order', () => {
    const { clock, services, open, chapterOf } = setup()
    services.settings.update({ glossaryReview: true })
    open('service-models', 'where-the-line-is')
    open('infra-stack', 'why-layers')

    const first = services.termReview.queue(COURSE, SEOUL)
    expect(first.due).toHaveLength(NEW_TERMS_PER_DAY)
    expect(first.due.every((item) => chapterOf(item.term.id) === 'infra-stack')).toBe(true)
    // Asking again the same day brings no more.
    expect(services.termReview.queue(COURSE, SEOUL).total).toBe(NEW_TERMS_PER_DAY)

    // 23:30 in Seoul is still the same day.
    clock.advance(13.5 * 3_600_000)
    expect(services.termReview.queue(COURSE, SEOUL).total).toBe(NEW_TERMS_PER_DAY)
    clock.advance(3_600_000)
    expect(services.termReview.queue(COURSE, SEOUL).total).toBe(2 * NEW_TERMS_PER_DAY)
  })

  it('maps 알았어요 / 헷갈려요 / 몰랐어요 to Good / Hard / Again and moves each card once a day', () => {
    expect(TERM_RATINGS).toEqual({ knew: Rating.Good, unsure: Rating.Hard, forgot: Rating.Again })
    const { clock, services, open } = setup()
    services.settings.update({ glossaryReview: true })
    open('infra-stack', 'why-layers')
    const [a, b, c] = services.termReview.queue(COURSE, SEOUL).due.map((item) => item.term.id)

    const knew = services.termReview.rate(COURSE, a!, 'knew', SEOUL)
    const unsure = services.termReview.rate(COURSE, b!, 'unsure', SEOUL)
    const forgot = services.termReview.rate(COURSE, c!, 'forgot', SEOUL)
    expect([knew.rescheduled, unsure.rescheduled, forgot.rescheduled]).toEqual([true, true, true])
    expect(knew.card.scheduledDays).toBeGreaterThan(unsure.card.scheduledDays)
    expect(unsure.card.scheduledDays).toBeGreaterThanOrEqual(forgot.card.scheduledDays)
    expect(forgot.card.due).toBeGreaterThan(clock.now().getTime())

    // Rated cards leave today's queue; rating again today changes nothing.
    const left = services.termReview.queue(COURSE, SEOUL).due.map((item) => item.term.id)
    expect(left).not.toContain(a)
    expect(services.termReview.rate(COURSE, a!, 'forgot', SEOUL)).toEqual({ rescheduled: false, card: knew.card })

    // "몰랐어요" comes back first.
    clock.advance(forgot.card.due - clock.now().getTime() + 1)
    expect(services.termReview.queue(COURSE, SEOUL).due.map((item) => item.term.id)).toContain(c)
  })

  it('keeps the cards when the setting is turned off and back on', () => {
    const { clock, services, open } = setup()
    services.settings.update({ glossaryReview: true })
    open('infra-stack', 'why-layers')
    services.termReview.queue(COURSE, SEOUL)
    services.settings.update({ glossaryReview: false })
    clock.advance(DAY)
    expect(services.termReview.queue(COURSE, SEOUL).total).toBe(0)
    services.settings.update({ glossaryReview: true })
    // The first day's cards, plus the chapter's remaining three terms today.
    const infraTerms = services.library.packs[0]!.glossary.filter((g) => g.chapter === 'infra-stack')
    expect(infraTerms).toHaveLength(8)
    expect(services.termReview.queue(COURSE, SEOUL).total).toBe(8)
  })
})
