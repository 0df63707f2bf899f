import { fsrs, generatorParameters, Rating, State, type Card, type Grade, type ReviewLog } from 'ts-fsrs'
import type { TermRating } from '../../shared/glossary'
import type { ReviewCardSummary, ReviewState } from '../../shared/review'
import type { CardRecord } from '../db/review-repo'

/*
 * FSRS with whole-day intervals: short-term (minute) learning steps are off, because a course
 * review is a daily habit, not a cram session — even "Again" comes back tomorrow, never in ten
 * minutes. Fuzz is off so the same history always gives the same schedule (and tests can say so).
 */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }))

/**
 * How an objective grade becomes an FSRS rating: the checkpoint grader already knows whether the
 * learner recalled the answer, so correct → Good and wrong → Again. (Hard/Easy would need a
 * self-rating step; a wrong answer the learner "felt" good about is still a lapse.)
 */
export const ratingFor = (correct: boolean): Grade => (correct ? Rating.Good : Rating.Again)

/**
 * A glossary card has no grader: the learner rates their own recall. 알았어요 → Good,
 * 헷갈려요 → Hard (recalled with effort), 몰랐어요 → Again (a lapse).
 */
export const TERM_RATINGS: Readonly<Record<TermRating, Grade>> = {
  knew: Rating.Good,
  unsure: Rating.Hard,
  forgot: Rating.Again,
}

const STATE_NAMES: Record<State, ReviewState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
}

function toCard(record: CardRecord): Card {
  return {
    due: new Date(record.due),
    stability: record.stability,
    difficulty: record.difficulty,
    elapsed_days: record.elapsedDays,
    scheduled_days: record.scheduledDays,
    learning_steps: record.learningSteps,
    reps: record.reps,
    lapses: record.lapses,
    state: record.state as State,
    ...(record.lastReview !== null ? { last_review: new Date(record.lastReview) } : {}),
  }
}

function fromCard(courseId: string, questionId: string, card: Card): CardRecord {
  return {
    courseId,
    questionId,
    state: card.state,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  }
}

/** Rates a card at `at`: the rescheduled card and FSRS's log of the card as it was. */
export function rateCard(record: CardRecord, at: number, grade: Grade): { card: CardRecord; log: ReviewLog } {
  const { card, log } = scheduler.next(toCard(record), new Date(at), grade)
  return { card: fromCard(record.courseId, record.questionId, card), log }
}

export const isNew = (record: CardRecord): boolean => record.state === State.New

export function summarizeCard(record: CardRecord): ReviewCardSummary {
  return {
    questionId: record.questionId,
    state: STATE_NAMES[record.state as State] ?? 'new',
    due: record.due,
    reps: record.reps,
    lapses: record.lapses,
    scheduledDays: Math.round(record.scheduledDays),
  }
}
