import type Database from 'better-sqlite3'
import { existsSync, renameSync } from 'node:fs'
import { copyBackupInto, removeDatabaseFiles } from '../backup/restore-backup'
import { openDatabase } from '../db/open-database'
import { databaseFiles, SQLITE_SIDE_FILES } from '../db/sqlite-files'
import { restrictFiles } from '../private-files'

export interface DatabaseSetAside {
  setAsidePath: string
  reason: string
}

/**
 * Moves the database and its side files to a timestamped name beside it. Set-aside files are
 * never deleted: whatever the learner had stays on disk.
 */
export function setAside(path: string, reason: string, at: Date): DatabaseSetAside {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')
  let setAsidePath = `${path}.corrupt-${stamp}`
  for (let n = 1; existsSync(setAsidePath); n++) setAsidePath = `${path}.corrupt-${stamp}-${n}`
  for (const suffix of ['', ...SQLITE_SIDE_FILES]) {
    if (existsSync(path + suffix)) renameSync(path + suffix, setAsidePath + suffix)
  }
  restrictFiles(...databaseFiles(setAsidePath))
  return { setAsidePath, reason }
}

/**
 * Puts a copy of a backup where the database was (set aside first) and opens it. A copy that
 * will not open is removed again and null returned, so the next backup can be tried; a failure
 * to copy (a full or read-only disk) is thrown.
 */
export function openBackupInPlace(path: string, backupPath: string, nativeBinding?: string): Database.Database | null {
  copyBackupInto(backupPath, path)
  try {
    return openDatabase(path, nativeBinding)
  } catch {
    removeDatabaseFiles(path)
    return null
  }
}
