import Database from 'better-sqlite3'
import { readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { databaseFiles } from '../db/sqlite-files'
import { ensurePrivateDir, writeNewPrivateFile } from '../private-files'
import type { BackupReason } from '../../shared/backups'
import { backupFileName, PARTIAL_SUFFIX, parseBackupFileName } from './backup-names'

/** Copy every page in one step: the file is small, and one step means one consistent snapshot. */
const ALL_PAGES = 0x7fffffff

export interface BackupWritten {
  /** File name inside the backups folder. */
  file: string
  path: string
  takenAt: Date
}

/**
 * Takes a consistent copy of the open database with SQLite's online backup API (the app keeps
 * running), into `<dir>/<name>.partial`; opens the copy, switches it to a plain rollback journal
 * so it is one self-contained file, runs quick_check, and only then renames it to its final
 * name. A copy that fails any step is deleted, so a file with a backup name is always good.
 */
export async function writeBackup(
  db: Database.Database,
  dir: string,
  at: Date,
  nativeBinding?: string,
  reason?: BackupReason,
): Promise<BackupWritten> {
  ensurePrivateDir(dir)
  const file = backupFileName(at, nextSequence(dir, at), reason)
  const path = join(dir, file)
  const partial = path + PARTIAL_SUFFIX
  try {
    // An empty file is an empty database to SQLite: the copy lands in a file only the owner can
    // read, created here and not through a link planted at its name.
    writeNewPrivateFile(partial, '')
    await db.backup(partial, { progress: () => ALL_PAGES })
    verifyBackupCopy(partial, nativeBinding)
    renameSync(partial, path)
  } catch (err) {
    for (const file of databaseFiles(partial)) rmSync(file, { force: true })
    throw err
  }
  return { file, path, takenAt: at }
}

/** The first sequence number no backup (or copy being written) of that second has, whatever its reason. */
function nextSequence(dir: string, at: Date): number {
  const used = new Set(
    readdirSync(dir).flatMap((n) => {
      const parsed = parseBackupFileName(n.endsWith(PARTIAL_SUFFIX) ? n.slice(0, -PARTIAL_SUFFIX.length) : n)
      return parsed && parsed.takenAt.getTime() === Math.floor(at.getTime() / 1000) * 1000 ? [parsed.sequence] : []
    }),
  )
  let sequence = 1
  while (used.has(sequence)) sequence++
  return sequence
}

function verifyBackupCopy(path: string, nativeBinding?: string): void {
  const copy = new Database(path, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
  try {
    // The source is in WAL mode and the copy inherits it; a backup must not need a -wal beside it.
    copy.pragma('journal_mode = DELETE')
    const check = copy.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(`The backup copy failed quick_check: ${String(check)}`)
  } finally {
    copy.close()
  }
}
