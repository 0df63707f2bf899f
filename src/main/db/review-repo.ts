import type { Database } from 'better-sqlite3'
import { prepareOnUse } from './prepare-on-use'

/** A stored FSRS card: ts-fsrs `Card` fields, times as epoch milliseconds. */
export interface CardRecord {
  courseId: string
  questionId: string
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number
  due: number
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  lastReview: number | null
}

/** One rating: the card as it was before (ts-fsrs `ReviewLog`) plus what was answered. */
export interface ReviewLogRecord {
  courseId: string
  questionId: string
  chapterId: string
  source: 'review' | 'checkpoint'
  rating: number
  correct: boolean
  answerJson: string
  state: number
  due: number
  stability: number
  difficulty: number
  elapsedDays: number
  lastElapsedDays: number
  scheduledDays: number
  learningSteps: number
  reviewedAt: number
  nextDue: number
}

const CARD_COLUMNS = `course_id AS courseId, question_id AS questionId, state, due, stability, difficulty,
  elapsed_days AS elapsedDays, scheduled_days AS scheduledDays, learning_steps AS learningSteps,
  reps, lapses, last_review AS lastReview`

/**
 * Review cards and their append-only log. Cards are derivable from the attempts: `syncFromAttempts`
 * makes a card for every missed question that has none, so a crash between recording an attempt
 * and creating its card loses nothing.
 */
export function createReviewRepo(db: Database) {
  const sync = prepareOnUse(
    db,
    `INSERT INTO review_cards (course_id, question_id, state, due, stability, difficulty, elapsed_days,
                               scheduled_days, learning_steps, reps, lapses, last_review, created_at)
     SELECT course_id, question_id, 0, min(answered_at), 0, 0, 0, 0, 0, 0, 0, NULL, min(answered_at)
     FROM checkpoint_attempts WHERE course_id = ? AND correct = 0 GROUP BY question_id
     ON CONFLICT DO NOTHING`,
  )
  const selectCards = prepareOnUse(
    db,
    `SELECT ${CARD_COLUMNS} FROM review_cards WHERE course_id = ? ORDER BY due, question_id`,
  )
  const selectCard = prepareOnUse(
    db,
    `SELECT ${CARD_COLUMNS} FROM review_cards WHERE course_id = ? AND question_id = ?`,
  )
  const updateCard = prepareOnUse(
    db,
    `UPDATE review_cards SET state = @state, due = @due, stability = @stability, difficulty = @difficulty,
       elapsed_days = @elapsedDays, scheduled_days = @scheduledDays, learning_steps = @learningSteps,
       reps = @reps, lapses = @lapses, last_review = @lastReview
     WHERE course_id = @courseId AND question_id = @questionId`,
  )
  const insertLog = prepareOnUse(
    db,
    `INSERT INTO review_log (course_id, question_id, chapter_id, source, rating, correct, answer_json, state, due,
       stability, difficulty, elapsed_days, last_elapsed_days, scheduled_days, learning_steps, reviewed_at, next_due)
     VALUES (@courseId, @questionId, @chapterId, @source, @rating, @correct, @answerJson, @state, @due,
       @stability, @difficulty, @elapsedDays, @lastElapsedDays, @scheduledDays, @learningSteps, @reviewedAt, @nextDue)`,
  )
  const countLog = prepareOnUse(db, `SELECT count(*) FROM review_log WHERE course_id = ?`).pluck()
  // The card and its log entry are written together or not at all.
  const saveReview = db.transaction((card: CardRecord, log: ReviewLogRecord) => {
    updateCard.run(card)
    insertLog.run({ ...log, correct: log.correct ? 1 : 0 })
  })

  return {
    /** Creates a due card for every missed question of the course that has none yet. */
    syncFromAttempts(courseId: string): void {
      sync.run(courseId)
    },
    /** The course's cards, earliest due first. */
    cards(courseId: string): CardRecord[] {
      return selectCards.all(courseId) as CardRecord[]
    },
    card(courseId: string, questionId: string): CardRecord | null {
      return (selectCard.get(courseId, questionId) as CardRecord | undefined) ?? null
    },
    /** Stores the rescheduled card and appends the rating to the log, in one transaction. */
    saveReview(card: CardRecord, log: ReviewLogRecord): void {
      saveReview(card, log)
    },
    logCount(courseId: string): number {
      return countLog.get(courseId) as number
    },
  }
}

export type ReviewRepo = ReturnType<typeof createReviewRepo>
