import Database from 'better-sqlite3'
import { existsSync, readFileSync } from 'node:fs'
import { migrate } from './migrate'
import { LATEST_SCHEMA_VERSION } from './migrations'

/**
 * When the data folder cannot be written, the course must still open. Tries, in order: the
 * file itself read-only (works when its -wal/-shm can be read); an in-memory copy of the file
 * (a read-only file system refuses even that for a WAL database); an empty in-memory database.
 * Every result refuses writes (`query_only`), so a change fails loudly with a storage error
 * instead of seeming saved and vanishing at exit.
 */
export function openReadOnly(path: string, nativeBinding?: string): Database.Database {
  const binding = nativeBinding ? { nativeBinding } : {}
  const attempts: (() => Database.Database)[] = [
    () => new Database(path, { readonly: true, fileMustExist: true, ...binding }),
    () => {
      const bytes = readFileSync(path)
      // Bytes 18–19 mark WAL mode; an in-memory copy must use a rollback journal to open.
      if (bytes.length >= 20) bytes[18] = bytes[19] = 1
      return new Database(bytes, binding)
    },
  ]
  if (existsSync(path)) {
    for (const attempt of attempts) {
      try {
        const db = attempt()
        if (usable(db)) return db
        db.close()
      } catch {
        // Try the next way in.
      }
    }
  }
  const empty = new Database(':memory:', binding)
  migrate(empty)
  empty.pragma('query_only = ON')
  return empty
}

/** Passes quick_check and has the current schema (migrating an in-memory copy if it can). */
function usable(db: Database.Database): boolean {
  if (db.pragma('quick_check', { simple: true }) !== 'ok') return false
  if (!db.readonly && db.memory) migrate(db)
  if (db.pragma('user_version', { simple: true }) !== LATEST_SCHEMA_VERSION) return false
  db.pragma('query_only = ON')
  return true
}
