import type { Database } from 'better-sqlite3'
import { prepareOnUse } from './prepare-on-use'

/** A moment of study: seconds recorded, or a question answered (correct or not) in a chapter. */
export type StudyEvent =
  { kind: 'time'; at: number; seconds: number } | { kind: 'answer'; at: number; correct: boolean; chapterId: string }

/**
 * Reads the raw events study stats are built from. Checkpoint attempts and review answers both
 * count as answered questions; a checkpoint miss logged against a review card is not counted
 * twice (it is already an attempt).
 */
export function createStatsRepo(db: Database) {
  const selectTime = prepareOnUse(db, `SELECT recorded_at AS at, seconds FROM study_time WHERE course_id = ?`)
  const selectAnswers = prepareOnUse(
    db,
    `SELECT answered_at AS at, correct, chapter_id AS chapterId FROM checkpoint_attempts WHERE course_id = ?
     UNION ALL
     SELECT reviewed_at, correct, chapter_id FROM review_log WHERE course_id = ? AND source = 'review'`,
  )

  return {
    events(courseId: string): StudyEvent[] {
      const time = (selectTime.all(courseId) as { at: number; seconds: number }[]).map((r): StudyEvent => ({
        kind: 'time',
        at: r.at,
        seconds: r.seconds,
      }))
      const answers = (
        selectAnswers.all(courseId, courseId) as { at: number; correct: number; chapterId: string }[]
      ).map((r): StudyEvent => ({ kind: 'answer', at: r.at, correct: r.correct === 1, chapterId: r.chapterId }))
      return [...time, ...answers]
    },
  }
}

export type StatsRepo = ReturnType<typeof createStatsRepo>
