import type { Database } from 'better-sqlite3'
import {
  PROGRESS_TABLE_NAMES,
  PROGRESS_TABLES,
  type ProgressFile,
  type ProgressRow,
  type ProgressTableName,
  type ProgressTableSpec,
  type TableCounts,
} from '../../shared/progress-file'
import { LEARNER_SETTINGS_KEY } from '../../shared/settings'

/**
 * SQL for the tables listed in PROGRESS_TABLES, generated from their entries. Table and column
 * names come only from that constant list, never from a file; values are always bound.
 */
const spec = (name: ProgressTableName): ProgressTableSpec => PROGRESS_TABLES[name]
const columnsOf = (name: ProgressTableName) => Object.keys(spec(name).columns)
const scope = (name: ProgressTableName, courseId: string) =>
  spec(name).scope === 'course'
    ? { where: 'course_id = ?', value: courseId }
    : { where: 'key = ?', value: LEARNER_SETTINGS_KEY }

/** A course's rows of one table; event logs in the order they happened (their rowid). */
export function readRows(db: Database, name: ProgressTableName, courseId: string): ProgressRow[] {
  const { where, value } = scope(name, courseId)
  const order = spec(name).merge.kind === 'events' ? 'ORDER BY id' : ''
  return db
    .prepare(`SELECT ${columnsOf(name).join(', ')} FROM ${name} WHERE ${where} ${order}`)
    .all(value) as ProgressRow[]
}

/** Every course that has rows in a course table. */
export function coursesWithProgress(db: Database): string[] {
  const courses = new Set<string>()
  for (const name of PROGRESS_TABLE_NAMES) {
    if (spec(name).scope !== 'course') continue
    for (const id of db.prepare(`SELECT DISTINCT course_id FROM ${name}`).pluck().all() as string[]) courses.add(id)
  }
  return [...courses]
}

export function countRows(db: Database, courseId: string): TableCounts {
  return Object.fromEntries(
    PROGRESS_TABLE_NAMES.map((name) => {
      const { where, value } = scope(name, courseId)
      return [name, db.prepare(`SELECT count(*) FROM ${name} WHERE ${where}`).pluck().get(value) as number]
    }),
  )
}

function deleteRows(db: Database, name: ProgressTableName, courseId: string): void {
  const { where, value } = scope(name, courseId)
  db.prepare(`DELETE FROM ${name} WHERE ${where}`).run(value)
}

/** The tables "Reset progress" empties: the entries flagged `forgetOnReset`. */
export const RESET_TABLES = PROGRESS_TABLE_NAMES.filter((name) => spec(name).forgetOnReset)

/** Forgets a course's progress in one transaction, all or nothing; notes and settings are kept. */
export function resetCourse(db: Database, courseId: string): void {
  db.transaction(() => RESET_TABLES.forEach((name) => deleteRows(db, name, courseId)))()
}

/** INSERT for a table; keyed tables resolve a clash with the `prefer` rule of their entry. */
function insertStatement(db: Database, name: ProgressTableName) {
  const columns = columnsOf(name)
  const insert = `INSERT INTO ${name} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`
  const merge = spec(name).merge
  if (merge.kind === 'events') return db.prepare(insert)
  const { column, keep } = merge.prefer
  const wins =
    keep === 'max'
      ? `coalesce(excluded.${column}, -1) > coalesce(${name}.${column}, -1)`
      : `excluded.${column} < ${name}.${column}`
  const updates = columns.filter((c) => !merge.key.includes(c)).map((c) => `${c} = excluded.${c}`)
  return db.prepare(`${insert} ON CONFLICT (${merge.key.join(', ')}) DO UPDATE SET ${updates.join(', ')} WHERE ${wins}`)
}

const rowKey = (columns: string[], row: ProgressRow) => JSON.stringify(columns.map((c) => row[c]))

/**
 * Writes a validated file into the database in ONE transaction: all of it or none of it.
 * `replace` forgets the course's rows (and the learner settings) first; `merge` keeps them:
 * keyed rows follow their `prefer` rule, event logs become the union of both sides without
 * duplicates, re-sequenced by time so "the latest attempt" stays the latest.
 */
export function applyProgressFile(db: Database, file: ProgressFile, mode: 'replace' | 'merge'): void {
  const { courseId } = file
  db.transaction(() => {
    for (const name of PROGRESS_TABLE_NAMES) {
      const incoming = file.tables[name]
      const merge = spec(name).merge
      let rows = incoming
      if (mode === 'merge' && merge.kind === 'events') {
        const columns = columnsOf(name)
        const existing = readRows(db, name, courseId)
        const seen = new Set(existing.map((r) => rowKey(columns, r)))
        const added = incoming.filter((r) => !seen.has(rowKey(columns, r)) && seen.add(rowKey(columns, r)))
        // A stable sort: on equal times the rows already here stay first.
        rows = [...existing, ...added].sort((a, b) => Number(a[merge.time]) - Number(b[merge.time]))
        deleteRows(db, name, courseId)
      } else if (mode === 'replace') {
        deleteRows(db, name, courseId)
      }
      const insert = insertStatement(db, name)
      for (const row of rows) insert.run(row)
    }
  })()
}
