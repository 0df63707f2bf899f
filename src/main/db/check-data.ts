import type { Database } from 'better-sqlite3'
import { AnswerSchema } from '../../shared/course/schema'

/** What the database itself says is wrong, before anything is repaired. */
export interface DataFindings {
  integrityProblems: string[]
  /** foreign_key_check rows that can be deleted (tables with a rowid). */
  orphans: { table: string; rowid: number }[]
  unreadableDrafts: { courseId: string; questionId: string }[]
  unreadableSettings: string[]
}

const MAX_PROBLEMS = 20

const readsAsJson = (text: unknown, accept: (value: unknown) => boolean = () => true) => {
  try {
    return typeof text === 'string' && accept(JSON.parse(text))
  } catch {
    return false
  }
}

/**
 * Looks at the database without changing it: integrity_check (every page, index and
 * constraint), foreign_key_check, and values the app cannot read back.
 */
export function findDataProblems(db: Database): DataFindings {
  const integrity = db.pragma(`integrity_check(${MAX_PROBLEMS})`, { simple: false }) as { integrity_check: string }[]
  const integrityProblems = integrity.map((r) => r.integrity_check).filter((m) => m !== 'ok')
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number | null }[]
  const orphans = fk.flatMap((r) => (r.rowid === null ? [] : [{ table: r.table, rowid: r.rowid }]))
  const drafts = db
    .prepare(`SELECT course_id AS courseId, question_id AS questionId, draft_json AS json FROM answer_drafts`)
    .all() as {
    courseId: string
    questionId: string
    json: unknown
  }[]
  const unreadableDrafts = drafts
    .filter((d) => !readsAsJson(d.json, (v) => AnswerSchema.safeParse(v).success))
    .map(({ courseId, questionId }) => ({ courseId, questionId }))
  const settings = db.prepare(`SELECT key, value_json AS json FROM settings`).all() as { key: string; json: unknown }[]
  const unreadableSettings = settings.filter((s) => !readsAsJson(s.json)).map((s) => s.key)

  return { integrityProblems, orphans, unreadableDrafts, unreadableSettings }
}

export const needsRepair = (f: DataFindings) =>
  f.integrityProblems.length > 0 ||
  f.orphans.length > 0 ||
  f.unreadableDrafts.length > 0 ||
  f.unreadableSettings.length > 0

/**
 * Repairs only what is safe: REINDEX (indexes are derived from the tables, so rebuilding them
 * loses nothing), and, in one transaction, rows nothing can use — foreign-key orphans, drafts
 * that no longer parse, setting values that are not JSON. Progress rows for ids the pack lacks
 * are NOT deleted. Returns what integrity_check says afterwards.
 */
export function repairDataProblems(db: Database, found: DataFindings): string[] {
  if (found.integrityProblems.length > 0) db.exec('REINDEX')
  db.transaction(() => {
    for (const { table, rowid } of found.orphans)
      db.prepare(`DELETE FROM "${table.replaceAll('"', '""')}" WHERE rowid = ?`).run(rowid)
    const dropDraft = db.prepare(`DELETE FROM answer_drafts WHERE course_id = ? AND question_id = ?`)
    for (const d of found.unreadableDrafts) dropDraft.run(d.courseId, d.questionId)
    const dropSetting = db.prepare(`DELETE FROM settings WHERE key = ?`)
    for (const key of found.unreadableSettings) dropSetting.run(key)
  })()
  const after = db.pragma(`integrity_check(${MAX_PROBLEMS})`) as { integrity_check: string }[]
  return after.map((r) => r.integrity_check).filter((m) => m !== 'ok')
}
