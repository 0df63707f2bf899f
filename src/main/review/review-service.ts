import { gradeAnswer, GradeError } from '../../shared/course/grade'
import type { Answer, GradeResult } from '../../shared/course/schema'
import { AppError } from '../../shared/ipc/errors'
import type { ReviewItem, ReviewQueue, ReviewResult } from '../../shared/review'
import type { LoadedPack } from '../course/pack-types'
import type { CardRecord, ReviewRepo } from '../db/review-repo'
import type { CourseLookup } from '../course/course-lookup'
import type { ShownQuestions } from '../progress/shown-questions'
import { addDays, localDay, startOfLocalDay } from '../stats/local-day'
import { toPublicQuestion } from '../course/public-question'
import { isNew, rateCard, ratingFor, summarizeCard } from './scheduler'

/**
 * Spaced review of missed questions. A card is due when FSRS's due time falls before the end of
 * the learner's local today (so a card due at 21:00 tomorrow is tomorrow's work, all day).
 */
export function createReviewService(deps: {
  reviews: ReviewRepo
  lookup: CourseLookup
  shown: ShownQuestions
  now: () => Date
}) {
  const { reviews, lookup, shown, now } = deps

  const endOfToday = (at: number, timeZone: string) => startOfLocalDay(addDays(localDay(at, timeZone), 1), timeZone)

  /**
   * The card's question as the renderer sees it (options in this round's order), with where it is
   * taught; null once it left the pack.
   */
  function itemFor(pack: LoadedPack, card: CardRecord, rounds: ReadonlyMap<string, number>): ReviewItem | null {
    const question = pack.questions.get(card.questionId)
    const chapter = question ? pack.chapters.get(question.chapterId) : undefined
    const section = chapter?.sections.find((s) => s.id === question?.section)
    if (!question || !chapter || !section) return null
    return {
      card: summarizeCard(card),
      chapterId: chapter.id,
      chapterTitle: chapter.title,
      sectionId: section.id,
      sectionTitle: section.title,
      question: toPublicQuestion(question, rounds.get(question.id) ?? 0),
    }
  }

  function grade(courseId: string, questionId: string, answer: Answer): GradeResult {
    try {
      return gradeAnswer(lookup.question(courseId, questionId), answer)
    } catch (err) {
      if (err instanceof GradeError) throw new AppError('invalid_input', err.message)
      throw err
    }
  }

  return {
    queue(courseId: string, timeZone: string): ReviewQueue {
      const pack = lookup.pack(courseId)
      reviews.syncFromAttempts(courseId)
      const dueBefore = endOfToday(now().getTime(), timeZone)
      const due: ReviewItem[] = []
      let total = 0
      let nextDueAt: number | null = null
      const rounds = shown.rounds(courseId)
      for (const card of reviews.cards(courseId)) {
        const item = itemFor(pack, card, rounds)
        if (!item) continue
        total += 1
        if (card.due < dueBefore) due.push(item)
        else nextDueAt = nextDueAt === null ? card.due : Math.min(nextDueAt, card.due)
      }
      return { due, total, nextDueAt }
    },

    /**
     * Grades a review answer and, when the card is due, reschedules it (correct → Good, wrong →
     * Again). Answering again the same day only grades: the schedule moves once per review.
     */
    submit(courseId: string, questionId: string, answer: Answer, timeZone: string): ReviewResult {
      const result = grade(courseId, questionId, answer)
      reviews.syncFromAttempts(courseId)
      const card = reviews.card(courseId, questionId)
      const at = now().getTime()
      if (!card) return { grade: result, rescheduled: false, card: null }
      if (card.due >= endOfToday(at, timeZone)) return { grade: result, rescheduled: false, card: summarizeCard(card) }
      const rated = rateCard(card, at, ratingFor(result.correct))
      reviews.saveReview(rated.card, {
        ...logFields(rated.log),
        courseId,
        questionId,
        chapterId: lookup.question(courseId, questionId).chapterId,
        source: 'review',
        correct: result.correct,
        answerJson: JSON.stringify(answer),
        reviewedAt: at,
        nextDue: rated.card.due,
      })
      return { grade: result, rescheduled: true, card: summarizeCard(rated.card) }
    },

    /**
     * A checkpoint answered wrong in a chapter. The card appears (derived from the attempt); a card
     * already in review lapses — rated Again — because the learner just showed they forgot.
     */
    recordMiss(courseId: string, questionId: string, chapterId: string, answerJson: string, at: number): void {
      reviews.syncFromAttempts(courseId)
      const card = reviews.card(courseId, questionId)
      if (!card || isNew(card)) return
      const rated = rateCard(card, at, ratingFor(false))
      reviews.saveReview(rated.card, {
        ...logFields(rated.log),
        courseId,
        questionId,
        chapterId,
        source: 'checkpoint',
        correct: false,
        answerJson,
        reviewedAt: at,
        nextDue: rated.card.due,
      })
    },
  }
}

function logFields(log: ReturnType<typeof rateCard>['log']) {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
  }
}

export type ReviewService = ReturnType<typeof createReviewService>
