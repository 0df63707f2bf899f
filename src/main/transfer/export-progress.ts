import type { Database } from 'better-sqlite3'
import {
  perTable,
  PROGRESS_FILE_FORMAT,
  PROGRESS_FILE_VERSION,
  type ProgressFile,
  rowSchemaOf,
} from '../../shared/progress-file'
import { writePrivateFileAtomically } from '../private-files'
import { readRows } from '../db/progress-tables'

const rowSchemas = perTable(rowSchemaOf)

/**
 * One course's progress and the learner settings, as a progress file. Each row is checked with
 * the same schema import uses, so every exported file can be imported; a row that fails (only
 * possible if the database was edited by hand) is left out and counted in `skipped`.
 */
export function buildProgressFile(db: Database, courseId: string, at: Date): { file: ProgressFile; skipped: number } {
  let skipped = 0
  const tables = perTable((name) =>
    readRows(db, name, courseId).filter((row) => rowSchemas[name].safeParse(row).success || (skipped++, false)),
  )
  const file: ProgressFile = {
    format: PROGRESS_FILE_FORMAT,
    version: PROGRESS_FILE_VERSION,
    exportedAt: at.toISOString(),
    courseId,
    tables,
  }
  return { file, skipped }
}

/** Writes the file atomically and privately: it holds the learner's notes. */
export function writeProgressFile(path: string, file: ProgressFile): void {
  writePrivateFileAtomically(path, `${JSON.stringify(file, null, 1)}\n`)
}
