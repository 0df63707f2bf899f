import type Database from 'better-sqlite3'
import { existsSync, statSync } from 'node:fs'
import { usableBackups } from '../backup/restore-backup'
import { DatabaseTooNewError } from '../db/migrate'
import { openDatabase, writeProblem } from '../db/open-database'
import { openReadOnly } from '../db/open-read-only'
import { storageProblemOf } from '../storage-errors'
import { type DatabaseSetAside, openBackupInPlace, setAside } from './replace-database'

export interface OpenProgressDatabaseOptions {
  /** The database file; the app passes a path under app.getPath('userData'). */
  path: string
  /** An Electron-ABI build of better-sqlite3 (see README); Node uses the default build. */
  nativeBinding?: string
  now?: () => Date
  /** Where automatic backups live; a damaged database is replaced by the newest good one. */
  backupsDir?: string
}

export interface RestoredBackup {
  file: string
  takenAt: Date
}

export interface OpenedDatabase {
  db: Database.Database
  /** Present when the old file could not be used and was moved away. */
  setAside: DatabaseSetAside | null
  /** Present when a backup took the damaged file's place (otherwise a fresh file did). */
  restored: RestoredBackup | null
  /** Why the file was kept although its write-ahead log was missing (recent changes may be gone). */
  incomplete: string | null
  /** Why the database is open read-only: the data folder cannot be written. */
  readOnly: string | null
}

const WAL_MISSING = 'its write-ahead log (-wal) was missing after an unclean shutdown'

/**
 * Opens the progress database at start-up so that the learner never faces a blank window:
 * - a file that is not SQLite, is corrupt, or is a directory is set aside with a timestamp (never
 *   deleted) and the newest automatic backup that passes quick_check takes its place; with no
 *   good backup, a fresh database does;
 * - a file whose -wal vanished after a crash is kept, unless a backup taken after the file was
 *   last written exists: that backup holds everything the file holds, and possibly more;
 * - a data folder that cannot be written opens read-only, never set aside (it is not damaged);
 * - a file from a newer app is refused with DatabaseTooNewError and left untouched.
 */
export function openProgressDatabase(options: OpenProgressDatabaseOptions): OpenedDatabase {
  const { path, nativeBinding } = options
  const now = options.now ?? (() => new Date())
  const opened = { setAside: null, restored: null, incomplete: null, readOnly: null }
  let damage: string
  if (existsSync(path) && !statSync(path).isFile()) {
    damage = 'the database path is not a file'
  } else if (isEmptied(path) && firstUsableBackup(options, () => true)) {
    // SQLite would take an empty file for a new database; with backups about, it was emptied.
    damage = 'the database file is empty'
  } else {
    const walMissing = existsSync(`${path}-shm`) && !existsSync(`${path}-wal`) && existsSync(path)
    const fileWrittenMs = walMissing ? statSync(path).mtimeMs : 0
    try {
      const db = openDatabase(path, nativeBinding)
      const unwritable = writeProblem(db)
      if (unwritable) {
        db.pragma('query_only = ON')
        return { ...opened, db, readOnly: unwritable }
      }
      if (!walMissing) return { ...opened, db }
      const newer = firstUsableBackup(options, (b) => b.modifiedMs >= fileWrittenMs)
      if (!newer) return { ...opened, db, incomplete: WAL_MISSING }
      db.close()
      damage = WAL_MISSING
    } catch (err) {
      if (err instanceof DatabaseTooNewError) throw err
      if (storageProblemOf(err)) return { ...opened, db: openReadOnly(path, nativeBinding), readOnly: describe(err) }
      damage = describe(err)
    }
  }
  try {
    return { ...opened, ...replaceDamaged(options, damage, now()) }
  } catch (err) {
    // Setting aside or copying in failed on the disk: read what can be read, write nothing.
    if (!storageProblemOf(err)) throw err
    return { ...opened, db: openReadOnly(path, nativeBinding), readOnly: describe(err) }
  }
}

/** Sets the damaged file aside, then restores the newest backup that opens, or starts fresh. */
function replaceDamaged(options: OpenProgressDatabaseOptions, reason: string, at: Date) {
  const { path, nativeBinding } = options
  const aside = setAside(path, reason, at)
  for (const backup of options.backupsDir ? usableBackups(options.backupsDir, nativeBinding) : []) {
    const db = openBackupInPlace(path, backup.path, nativeBinding)
    if (db) return { db, setAside: aside, restored: { file: backup.name, takenAt: backup.takenAt } }
  }
  return { db: openDatabase(path, nativeBinding), setAside: aside, restored: null }
}

function firstUsableBackup(options: OpenProgressDatabaseOptions, accept: (b: { modifiedMs: number }) => boolean) {
  if (!options.backupsDir) return null
  for (const backup of usableBackups(options.backupsDir, options.nativeBinding)) if (accept(backup)) return backup
  return null
}

/** An empty database file with no write-ahead log that could fill it back in. */
const isEmptied = (path: string) =>
  existsSync(path) && statSync(path).size === 0 && !(existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0)

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err))
