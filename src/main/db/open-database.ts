import Database from 'better-sqlite3'
import { restrictFiles } from '../private-files'
import { storageProblemOf } from '../storage-errors'
import { migrate, refuseNewer } from './migrate'
import { databaseFiles } from './sqlite-files'

/**
 * Opens (creating if needed), checks and migrates a progress database: WAL, `synchronous=FULL`,
 * foreign keys, quick_check. Throws when the file is damaged or from a newer app
 * (DatabaseTooNewError, before anything is written); what to do then is decided above this
 * folder (`data-safety/open-progress-database.ts`).
 */
export function openDatabase(path: string, nativeBinding?: string): Database.Database {
  const db = new Database(path, nativeBinding ? { nativeBinding } : {})
  // SQLite creates the file by the umask (often world-readable) and gives its -wal, -shm and
  // -journal the database's own mode: restricting the database first covers them all.
  restrictFiles(...databaseFiles(path))
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

/**
 * Why the open database cannot be written, or null. SQLite falls back to reading a file it may
 * not write without a word: a header write, rolled back, tells. Plain BEGIN/ROLLBACK rather than
 * db.transaction(), whose wrappers cost a start-up more than the probe itself.
 */
export function writeProblem(db: Database.Database): string | null {
  const version = db.pragma('user_version', { simple: true }) as number
  try {
    // Inside the try, as db.transaction() had it: a BEGIN the storage refuses is a problem to report.
    db.exec('BEGIN')
    db.pragma(`user_version = ${version}`)
    return null
  } catch (err) {
    if (!storageProblemOf(err)) return null
    return err instanceof Error ? err.message : String(err)
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK')
  }
}
