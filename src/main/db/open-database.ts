import Database from 'better-sqlite3'
import { existsSync, renameSync, statSync } from 'node:fs'
import { copyBackupInto, removeDatabaseFiles, usableBackups } from '../backup/restore-backup'
import { restrictFiles } from '../private-files'
import { storageProblemOf } from '../storage-errors'
import { DatabaseTooNewError, migrate, refuseNewer } from './migrate'
import { openReadOnly } from './open-read-only'

export interface OpenDatabaseOptions {
  /** The database file; the app passes a path under app.getPath('userData'). */
  path: string
  /** An Electron-ABI build of better-sqlite3 (see README); Node uses the default build. */
  nativeBinding?: string
  now?: () => Date
  /** Where automatic backups live; a damaged database is replaced by the newest good one. */
  backupsDir?: string
}

export interface DatabaseSetAside {
  setAsidePath: string
  reason: string
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

/** The database and the files SQLite keeps beside it. */
const DATABASE_FILES = ['', '-wal', '-shm', '-journal']

const WAL_MISSING = 'its write-ahead log (-wal) was missing after an unclean shutdown'

/**
 * Opens (creating if needed) and migrates the progress database, so that the learner never
 * faces a blank window:
 * - a file that is not SQLite, is corrupt, or is a directory is renamed with a timestamp (never
 *   deleted) and the newest automatic backup that passes quick_check takes its place; with no
 *   good backup, a fresh database does;
 * - a file whose -wal vanished after a crash is kept, unless a backup taken after the file was
 *   last written exists: that backup holds everything the file holds, and possibly more;
 * - a data folder that cannot be written opens read-only, never set aside (it is not damaged);
 * - a file from a newer app is refused with DatabaseTooNewError and left untouched.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { path } = options
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
      const db = openAndCheck(options)
      // SQLite falls back to reading a file it may not write without a word: ask it now.
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
      const storage = storageProblemOf(err)
      if (storage) return { ...opened, db: openReadOnly(path, options.nativeBinding), readOnly: describe(err) }
      damage = describe(err)
    }
  }
  try {
    return { ...opened, ...replaceDamaged(options, damage, now()) }
  } catch (err) {
    // Setting aside or copying in failed on the disk: read what can be read, write nothing.
    if (!storageProblemOf(err)) throw err
    return { ...opened, db: openReadOnly(path, options.nativeBinding), readOnly: describe(err) }
  }
}

/** Sets the damaged file aside, then restores the newest backup that opens, or starts fresh. */
function replaceDamaged(options: OpenDatabaseOptions, reason: string, at: Date) {
  const setAside = moveAside(options.path, reason, at)
  for (const backup of options.backupsDir ? usableBackups(options.backupsDir, options.nativeBinding) : []) {
    copyBackupInto(backup.path, options.path)
    try {
      return { db: openAndCheck(options), setAside, restored: { file: backup.name, takenAt: backup.takenAt } }
    } catch {
      removeDatabaseFiles(options.path)
    }
  }
  return { db: openAndCheck(options), setAside, restored: null }
}

function firstUsableBackup(options: OpenDatabaseOptions, accept: (b: { modifiedMs: number }) => boolean) {
  if (!options.backupsDir) return null
  for (const backup of usableBackups(options.backupsDir, options.nativeBinding)) if (accept(backup)) return backup
  return null
}

function openAndCheck(options: OpenDatabaseOptions): Database.Database {
  const db = new Database(options.path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  // SQLite creates the file by the umask (often world-readable) and gives its -wal, -shm and
  // -journal the database's own mode: restricting the database first covers them all.
  restrictFiles(...DATABASE_FILES.map((suffix) => options.path + suffix))
  try {
    // Before the switch to WAL, which rewrites the header of a file we may have to leave alone.
    refuseNewer(db)
    db.pragma('journal_mode = WAL')
    // WAL defaults to NORMAL in this build; FULL makes every acknowledged commit survive a crash.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 2000')
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(`quick_check failed: ${String(check)}`)
    migrate(db)
    return db
  } catch (err) {
    db.close()
    throw err
  }
}

const ROLLBACK = new Error('probe rolled back')

/** Why the open database cannot be written, or null: a header write, rolled back, tells. */
function writeProblem(db: Database.Database): string | null {
  const version = db.pragma('user_version', { simple: true }) as number
  try {
    db.transaction(() => {
      db.pragma(`user_version = ${version}`)
      throw ROLLBACK
    })()
  } catch (err) {
    if (err === ROLLBACK || !storageProblemOf(err)) return null
    return describe(err)
  }
  return null
}

/** An empty database file with no write-ahead log that could fill it back in. */
const isEmptied = (path: string) =>
  existsSync(path) && statSync(path).size === 0 && !(existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0)

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err))

function moveAside(path: string, reason: string, at: Date): DatabaseSetAside {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')
  let setAsidePath = `${path}.corrupt-${stamp}`
  for (let n = 1; existsSync(setAsidePath); n++) setAsidePath = `${path}.corrupt-${stamp}-${n}`
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, setAsidePath + suffix)
  }
  restrictFiles(...DATABASE_FILES.map((suffix) => setAsidePath + suffix))
  return { setAsidePath, reason }
}
