import type { Database } from 'better-sqlite3'
import { prepareOnUse } from './prepare-on-use'

/**
 * What the learner was doing that is not progress itself: the step each diagram was left at,
 * half-finished answers, and study time. Each write is one durable autocommit statement.
 */
export function createChapterStateRepo(db: Database) {
  const upsertStep = prepareOnUse(
    db,
    `INSERT INTO diagram_steps (course_id, diagram_id, step, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (course_id, diagram_id) DO UPDATE SET step = excluded.step, updated_at = excluded.updated_at`,
  )
  const selectSteps = prepareOnUse(db, `SELECT diagram_id AS id, step FROM diagram_steps WHERE course_id = ?`)
  const upsertDraft = prepareOnUse(
    db,
    `INSERT INTO answer_drafts (course_id, question_id, draft_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (course_id, question_id) DO UPDATE SET draft_json = excluded.draft_json, updated_at = excluded.updated_at`,
  )
  const deleteDraft = prepareOnUse(db, `DELETE FROM answer_drafts WHERE course_id = ? AND question_id = ?`)
  const selectDrafts = prepareOnUse(
    db,
    `SELECT question_id AS id, draft_json AS json FROM answer_drafts WHERE course_id = ?`,
  )
  const insertTime = prepareOnUse(
    db,
    `INSERT INTO study_time (course_id, chapter_id, recorded_at, seconds) VALUES (?, ?, ?, ?)`,
  )
  const sumTime = prepareOnUse(db, `SELECT coalesce(sum(seconds), 0) FROM study_time WHERE course_id = ?`).pluck()

  return {
    saveDiagramStep(courseId: string, diagramId: string, step: number, at: number): void {
      upsertStep.run(courseId, diagramId, step, at)
    },
    diagramSteps(courseId: string): Map<string, number> {
      const rows = selectSteps.all(courseId) as { id: string; step: number }[]
      return new Map(rows.map((r) => [r.id, r.step]))
    },
    /** Saves a half-finished answer; null clears it. */
    saveDraft(courseId: string, questionId: string, draftJson: string | null, at: number): void {
      if (draftJson === null) deleteDraft.run(courseId, questionId)
      else upsertDraft.run(courseId, questionId, draftJson, at)
    },
    drafts(courseId: string): Map<string, string> {
      const rows = selectDrafts.all(courseId) as { id: string; json: string }[]
      return new Map(rows.map((r) => [r.id, r.json]))
    },
    recordStudyTime(courseId: string, chapterId: string, seconds: number, at: number): void {
      insertTime.run(courseId, chapterId, at, seconds)
    },
    studiedSeconds(courseId: string): number {
      return sumTime.get(courseId) as number
    },
  }
}

export type ChapterStateRepo = ReturnType<typeof createChapterStateRepo>
