import Database from 'better-sqlite3'
import type { BackupContents } from '../../shared/backups'
import { summarizeChapter } from '../../shared/completion'
import type { CourseOutline } from '../../shared/course/schema'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'

/**
 * Opens a backup read-only and says what it holds for one course. Nothing is ever written to a
 * backup (no migration, no journal-mode switch): a backup from an older version is summarised
 * as far as its tables go, one from a newer version or one that fails quick_check is only named.
 */
export function summarizeBackup(path: string, outline: CourseOutline | null, nativeBinding?: string): BackupContents {
  let db: Database.Database | null = null
  try {
    db = openBackupReadOnly(path, nativeBinding)
    const schemaVersion = db.pragma('user_version', { simple: true }) as number
    if (schemaVersion > LATEST_SCHEMA_VERSION) return { state: 'newer', schemaVersion }
    if (db.pragma('quick_check', { simple: true }) !== 'ok') return { state: 'damaged' }
    return {
      state: 'readable',
      schemaVersion,
      olderVersion: schemaVersion < LATEST_SCHEMA_VERSION,
      ...count(db, outline),
    }
  } catch {
    return { state: 'damaged' }
  } finally {
    db?.close()
  }
}

/** Read-only, and never creating a file that is not there. */
export function openBackupReadOnly(path: string, nativeBinding?: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
}

function count(db: Database.Database, outline: CourseOutline | null) {
  const has = (table: string) =>
    db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined
  const courseId = outline?.id ?? ''
  const reads = has('section_reads')
    ? (db.prepare(`SELECT chapter_id AS c, section_id AS s FROM section_reads WHERE course_id = ?`).all(courseId) as {
        c: string
        s: string
      }[])
    : []
  // The latest attempt per question decides whether it counts as answered correctly (as in the app).
  const latest = has('checkpoint_attempts')
    ? (db
        .prepare(
          `SELECT a.question_id AS q, a.correct AS ok FROM checkpoint_attempts a
           JOIN (SELECT question_id, max(id) AS id FROM checkpoint_attempts WHERE course_id = ? GROUP BY question_id) l
             ON l.id = a.id`,
        )
        .all(courseId) as { q: string; ok: number }[])
    : []
  const notes = has('section_notes')
    ? (db
        .prepare(`SELECT count(*) FROM section_notes WHERE course_id = ? AND trim(text) <> ''`)
        .pluck()
        .get(courseId) as number)
    : null
  const correct = new Set(latest.filter((a) => a.ok === 1).map((a) => a.q))
  const chapters = outline?.chapters ?? []
  const chaptersComplete = chapters.filter(
    (chapter) =>
      summarizeChapter({
        chapterId: chapter.id,
        sectionIds: chapter.sections.map((s) => s.id),
        questionIds: chapter.questionIds,
        readSectionIds: new Set(reads.filter((r) => r.c === chapter.id).map((r) => r.s)),
        correctQuestionIds: correct,
        touched: false,
        mastery: outline?.mastery ?? 1,
      }).status === 'complete',
  ).length
  return { chaptersComplete, chaptersTotal: chapters.length, questionsAnswered: latest.length, notes }
}
