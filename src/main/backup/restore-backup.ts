import Database from 'better-sqlite3'
import { closeSync, constants, copyFileSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { databaseFiles, SQLITE_SIDE_FILES } from '../db/sqlite-files'
import { restrictFiles } from '../private-files'
import type { BackupName } from './backup-names'
import { listBackups } from './backup-service'

export interface UsableBackup extends BackupName {
  path: string
  /** When the file was written, by the file system's clock (compared with the database's). */
  modifiedMs: number
}

/**
 * The backups in `dir` that can be restored, newest first, checked lazily: each one is opened
 * read-only and must pass quick_check with a schema this app knows. A bad one is skipped.
 */
export function* usableBackups(dir: string, nativeBinding?: string): Generator<UsableBackup> {
  for (const backup of listBackups(dir)) {
    const path = join(dir, backup.name)
    if (passesCheck(path, nativeBinding)) yield { ...backup, path, modifiedMs: statSync(path).mtimeMs }
  }
}

function passesCheck(path: string, nativeBinding?: string): boolean {
  let db: Database.Database | null = null
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
    const version = db.pragma('user_version', { simple: true }) as number
    return db.pragma('quick_check', { simple: true }) === 'ok' && version <= LATEST_SCHEMA_VERSION
  } catch {
    return false
  } finally {
    db?.close()
  }
}

/**
 * Puts a copy of the backup where the database belongs: copied beside it first, then renamed,
 * so the database path only ever holds a whole file. Stale -wal/-shm/-journal files are removed
 * first: replayed onto the backup they would corrupt it.
 */
export function copyBackupInto(backupPath: string, databasePath: string): void {
  // None may survive from the file being replaced.
  for (const suffix of SQLITE_SIDE_FILES) rmSync(databasePath + suffix, { force: true })
  const incoming = `${databasePath}.restoring`
  rmSync(incoming, { force: true })
  copyFileSync(backupPath, incoming, constants.COPYFILE_EXCL)
  restrictFiles(incoming)
  const fd = openSync(incoming, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(incoming, databasePath)
  syncFolder(dirname(databasePath))
}

/** Makes a rename in `dir` durable; a system that cannot open a folder for it (Windows) skips it. */
function syncFolder(dir: string): void {
  let fd: number | null = null
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // The rename stands; only its durability across a power cut is then the system's.
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/** Removes a restored copy that then failed to open, with anything SQLite made beside it. */
export function removeDatabaseFiles(databasePath: string): void {
  for (const file of databaseFiles(databasePath)) rmSync(file, { force: true })
}
