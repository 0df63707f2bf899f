import type { Database } from 'better-sqlite3'
import { resetCourse } from './progress-tables'
import { prepareOnUse } from './prepare-on-use'

export interface AttemptRecord {
  courseId: string
  chapterId: string
  questionId: string
  answerJson: string
  correct: boolean
  answeredAt: number
}

export interface PositionRecord {
  courseId: string
  chapterId: string
  sectionId: string
  scrollOffset: number
  updatedAt: number
}

/**
 * Learner progress, as prepared statements. Every method is one autocommit statement, so when
 * it returns the write is durable (WAL + synchronous=FULL). Summaries are derived, not stored.
 */
export function createProgressRepo(db: Database) {
  const insertRead = prepareOnUse(
    db,
    `INSERT INTO section_reads (course_id, chapter_id, section_id, read_at) VALUES (?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  )
  const selectReads = prepareOnUse(
    db,
    `SELECT chapter_id AS chapterId, section_id AS sectionId FROM section_reads WHERE course_id = ?`,
  )
  const upsertPosition = prepareOnUse(
    db,
    `INSERT INTO reading_positions (course_id, chapter_id, section_id, scroll_offset, updated_at)
     VALUES (@courseId, @chapterId, @sectionId, @scrollOffset, @updatedAt)
     ON CONFLICT (course_id, chapter_id) DO UPDATE SET
       section_id = excluded.section_id, scroll_offset = excluded.scroll_offset, updated_at = excluded.updated_at`,
  )
  const selectPositions = prepareOnUse(
    db,
    `SELECT course_id AS courseId, chapter_id AS chapterId, section_id AS sectionId,
            scroll_offset AS scrollOffset, updated_at AS updatedAt
     FROM reading_positions WHERE course_id = ? ORDER BY updated_at DESC`,
  )
  const insertAttempt = prepareOnUse(
    db,
    `INSERT INTO checkpoint_attempts (course_id, chapter_id, question_id, answer_json, correct, answered_at)
     VALUES (@courseId, @chapterId, @questionId, @answerJson, @correct, @answeredAt)`,
  )
  // The latest attempt per question decides whether it currently counts as answered correctly.
  const selectLatestAttempts = prepareOnUse(
    db,
    `SELECT a.question_id AS questionId, a.correct AS correct
     FROM checkpoint_attempts a
     JOIN (SELECT question_id, max(id) AS id FROM checkpoint_attempts WHERE course_id = ? GROUP BY question_id) l
       ON l.id = a.id`,
  )
  const selectLatestAnswers = prepareOnUse(
    db,
    `SELECT a.question_id AS questionId, a.correct AS correct, a.answer_json AS answerJson
     FROM checkpoint_attempts a
     JOIN (SELECT question_id, max(id) AS id FROM checkpoint_attempts WHERE course_id = ? GROUP BY question_id) l
       ON l.id = a.id`,
  )
  // Every answer recorded for a question, in a chapter or in review: each one starts a new round,
  // which reshuffles how the question's options are shown (see course/display-order.ts).
  const selectRounds = prepareOnUse(
    db,
    `SELECT question_id AS questionId, count(*) AS n FROM (
       SELECT question_id FROM checkpoint_attempts WHERE course_id = ?
       UNION ALL
       SELECT question_id FROM review_log WHERE course_id = ? AND source = 'review'
     ) GROUP BY question_id`,
  )
  const countAttempts = prepareOnUse(db, `SELECT count(*) AS n FROM checkpoint_attempts WHERE course_id = ?`)

  return {
    /** Marks a section read; marking it again keeps the first time. */
    markSectionRead(courseId: string, chapterId: string, sectionId: string, at: number): void {
      insertRead.run(courseId, chapterId, sectionId, at)
    },
    readSections(courseId: string): { chapterId: string; sectionId: string }[] {
      return selectReads.all(courseId) as { chapterId: string; sectionId: string }[]
    },
    savePosition(position: PositionRecord): void {
      upsertPosition.run(position)
    },
    /** Reading positions of a course, most recent first. */
    positions(courseId: string): PositionRecord[] {
      return selectPositions.all(courseId) as PositionRecord[]
    },
    /** Appends an attempt; attempts are never updated. Returns its id. */
    recordAttempt(attempt: AttemptRecord): number {
      const result = insertAttempt.run({ ...attempt, correct: attempt.correct ? 1 : 0 })
      return Number(result.lastInsertRowid)
    },
    latestAttempts(courseId: string): Map<string, boolean> {
      const rows = selectLatestAttempts.all(courseId) as { questionId: string; correct: number }[]
      return new Map(rows.map((r) => [r.questionId, r.correct === 1]))
    },
    /** The latest attempt per question with the answer given, to show its feedback again. */
    latestAnswers(courseId: string): Map<string, { correct: boolean; answerJson: string }> {
      const rows = selectLatestAnswers.all(courseId) as { questionId: string; correct: number; answerJson: string }[]
      return new Map(rows.map((r) => [r.questionId, { correct: r.correct === 1, answerJson: r.answerJson }]))
    },
    /** Question id → answers recorded for it (checkpoint attempts and review answers). */
    rounds(courseId: string): Map<string, number> {
      const rows = selectRounds.all(courseId, courseId) as { questionId: string; n: number }[]
      return new Map(rows.map((r) => [r.questionId, r.n]))
    },
    attemptCount(courseId: string): number {
      return (countAttempts.get(courseId) as { n: number }).n
    },
    /** Forgets the course's progress (see RESET_TABLES); notes and settings stay. */
    forgetCourse(courseId: string): void {
      resetCourse(db, courseId)
    },
  }
}

export type ProgressRepo = ReturnType<typeof createProgressRepo>
