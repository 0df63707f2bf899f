import Database from 'better-sqlite3'
import { existsSync, renameSync, statSync } from 'node:fs'
import { DatabaseTooNewError, migrate } from './migrate'

export interface OpenDatabaseOptions {
  /** The database file; the app passes a path under app.getPath('userData'). */
  path: string
  /** An Electron-ABI build of better-sqlite3 (see README); Node uses the default build. */
  nativeBinding?: string
  now?: () => Date
}

export interface DatabaseSetAside {
  setAsidePath: string
  reason: string
}

export interface OpenedDatabase {
  db: Database.Database
  /** Present when the old file could not be used and was moved away. */
  setAside: DatabaseSetAside | null
}

/**
 * Opens (creating if needed) and migrates the progress database. A file that is not SQLite,
 * is corrupt, or is a directory is renamed with a timestamp — never deleted — and a fresh
 * database takes its place, so the learner never faces a blank window. A file from a newer
 * app is refused with DatabaseTooNewError and left untouched.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const now = options.now ?? (() => new Date())
  let setAside: DatabaseSetAside | null = null
  if (existsSync(options.path) && !statSync(options.path).isFile()) {
    setAside = moveAside(options.path, 'the database path is not a file', now())
  }
  try {
    return { db: openAndCheck(options), setAside }
  } catch (err) {
    if (err instanceof DatabaseTooNewError) throw err
    if (setAside) throw err
    const reason = err instanceof Error ? err.message : String(err)
    setAside = moveAside(options.path, reason, now())
    return { db: openAndCheck(options), setAside }
  }
}

function openAndCheck(options: OpenDatabaseOptions): Database.Database {
  const db = new Database(options.path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
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

function moveAside(path: string, reason: string, at: Date): DatabaseSetAside {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')
  let setAsidePath = `${path}.corrupt-${stamp}`
  for (let n = 1; existsSync(setAsidePath); n++) setAsidePath = `${path}.corrupt-${stamp}-${n}`
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, setAsidePath + suffix)
  }
  return { setAsidePath, reason }
}
