import type { Database } from 'better-sqlite3'
import type { AnswerEvent } from '../summary/missed-questions'
import { prepareOnUse } from './prepare-on-use'

/** Every answer a learner gave in a course, checkpoint attempts and review answers, in order. */
export function createAnswerHistoryRepo(db: Database) {
  // A checkpoint answer also writes a review_log row (source 'checkpoint'): only 'review' ones are
  // answers of their own. Ties in time keep the order each table recorded them in.
  const select = prepareOnUse(
    db,
    `SELECT questionId, correct, at FROM (
       SELECT question_id AS questionId, correct, answered_at AS at, 0 AS kind, id
       FROM checkpoint_attempts WHERE course_id = ?
       UNION ALL
       SELECT question_id, correct, reviewed_at, 1, id
       FROM review_log WHERE course_id = ? AND source = 'review'
     ) ORDER BY at, kind, id`,
  )
  return {
    answers(courseId: string): AnswerEvent[] {
      const rows = select.all(courseId, courseId) as { questionId: string; correct: number; at: number }[]
      return rows.map((r) => ({ questionId: r.questionId, correct: r.correct === 1, at: r.at }))
    },
  }
}

export type AnswerHistoryRepo = ReturnType<typeof createAnswerHistoryRepo>
