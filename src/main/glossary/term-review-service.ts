import type { TermCardSummary, TermRating, TermReviewQueue, TermReviewResult } from '../../shared/glossary'
import { NEW_TERMS_PER_DAY } from '../../shared/glossary-limits'
import { AppError } from '../../shared/ipc/errors'
import type { Settings } from '../../shared/settings'
import type { CardRecord } from '../db/review-repo'
import type { GlossaryCardsRepo } from '../db/glossary-cards-repo'
import type { CourseLookup } from '../course/course-lookup'
import { rateCard, summarizeCard, TERM_RATINGS } from '../review/scheduler'
import { addDays, localDay, startOfLocalDay } from '../stats/local-day'
import { glossaryTerms } from './glossary-terms'

const summary = (card: CardRecord): TermCardSummary => {
  const { questionId, ...rest } = summarizeCard(card)
  return { termId: questionId, ...rest }
}

/**
 * Glossary terms in spaced review, when the learner opts in (settings `glossaryReview`): each
 * term of a chapter they have opened becomes a card, at most NEW_TERMS_PER_DAY new ones per
 * learner-local day, in reading order. The learner rates their own recall; FSRS schedules it.
 */
export function createTermReviewService(deps: {
  cards: GlossaryCardsRepo
  lookup: CourseLookup
  settings: () => Settings
  now: () => Date
}) {
  const { cards, lookup, settings, now } = deps
  const today = (at: number, timeZone: string) => {
    const day = localDay(at, timeZone)
    return { start: startOfLocalDay(day, timeZone), end: startOfLocalDay(addDays(day, 1), timeZone) }
  }

  /** Gives today's new cards to terms of opened chapters, up to the daily limit. */
  function introduceToday(courseId: string, at: number, start: number): void {
    const pack = lookup.pack(courseId)
    const existing = cards.cards(courseId)
    const room = NEW_TERMS_PER_DAY - existing.filter((c) => c.createdAt >= start).length
    if (room <= 0) return
    const opened = cards.openedChapters(courseId)
    if (opened.size === 0) return
    const order = new Map(pack.outline.chapters.map((c, i) => [c.id, i]))
    const carded = new Set(existing.map((c) => c.questionId))
    const fresh = glossaryTerms(pack)
      .filter((t) => opened.has(t.chapterId) && !carded.has(t.id))
      .sort((a, b) => (order.get(a.chapterId) ?? 0) - (order.get(b.chapterId) ?? 0))
      .slice(0, room)
    cards.introduce(
      courseId,
      fresh.map((t) => t.id),
      at,
    )
  }

  return {
    queue(courseId: string, timeZone: string): TermReviewQueue {
      const pack = lookup.pack(courseId)
      if (!settings().glossaryReview) return { due: [], total: 0, nextDueAt: null }
      const at = now().getTime()
      const { start, end } = today(at, timeZone)
      introduceToday(courseId, at, start)
      const terms = new Map(glossaryTerms(pack).map((t) => [t.id, t]))
      const queue: TermReviewQueue = { due: [], total: 0, nextDueAt: null }
      for (const card of cards.cards(courseId)) {
        const term = terms.get(card.questionId)
        // A term that left the pack keeps its card (ids are stable; it may come back) but is not shown.
        if (!term) continue
        queue.total += 1
        if (card.due < end) queue.due.push({ card: summary(card), term })
        else queue.nextDueAt = queue.nextDueAt === null ? card.due : Math.min(queue.nextDueAt, card.due)
      }
      return queue
    },

    /** Rates a due card; rating again the same day changes nothing (the schedule moves once a day). */
    rate(courseId: string, termId: string, rating: TermRating, timeZone: string): TermReviewResult {
      lookup.pack(courseId)
      const card = cards.card(courseId, termId)
      if (!card) throw new AppError('not_found', `No glossary card "${termId}" in course "${courseId}"`)
      const at = now().getTime()
      if (card.due >= today(at, timeZone).end) return { rescheduled: false, card: summary(card) }
      const rated = rateCard(card, at, TERM_RATINGS[rating]).card
      cards.save(rated)
      return { rescheduled: true, card: summary(rated) }
    },
  }
}

export type TermReviewService = ReturnType<typeof createTermReviewService>
