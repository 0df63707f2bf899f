import type Database from 'better-sqlite3'
import type { BackupReason } from '../../shared/backups'
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { type BackupName, newestFirst, PARTIAL_SUFFIX, parseBackupFileName } from './backup-names'
import { backupsToDelete, DEFAULT_RETENTION, type RetentionLimits } from './retention'
import { type BackupWritten, writeBackup } from './write-backup'

export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000

export interface BackupServiceOptions {
  db: Database.Database
  /** `<dataDir>/backups`. */
  dir: string
  now: () => Date
  nativeBinding?: string
  limits?: RetentionLimits
  log?: (message: string, err: unknown) => void
}

/** The automatic backups found in `dir`, newest first; an absent folder has none. */
export function listBackups(dir: string): BackupName[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.flatMap((n) => parseBackupFileName(n) ?? []).sort(newestFirst)
}

/**
 * Automatic backups: one at start-up, one a day while the app runs (`maybeBackup` on a timer),
 * and one forced before every import and reset (`backupNow`). Backups run one at a time; each
 * is followed by thinning. Thinning problems are logged, never thrown: the backup itself is done.
 */
export function createBackupService(options: BackupServiceOptions) {
  const { db, dir, now, nativeBinding } = options
  const log = options.log ?? console.error
  let queue: Promise<unknown> = Promise.resolve()
  let stopped = false

  function thin(): void {
    try {
      for (const name of readdirSync(dir)) {
        // Only one backup runs at a time, so any copy still named .partial was left by a crash.
        if (name.endsWith(PARTIAL_SUFFIX)) rmSync(join(dir, name), { force: true })
      }
      for (const name of backupsToDelete(listBackups(dir), now(), options.limits ?? DEFAULT_RETENTION)) {
        rmSync(join(dir, name), { force: true })
      }
    } catch (err) {
      log('Thinning old backups failed', err)
    }
  }

  function backupNow(reason?: BackupReason): Promise<BackupWritten> {
    const job = queue.then(async () => {
      if (stopped) throw new Error('Backups have stopped: the app is closing')
      const written = await writeBackup(db, dir, now(), nativeBinding, reason)
      thin()
      return written
    })
    queue = job.catch(() => undefined)
    return job
  }

  return {
    dir,
    list: () => listBackups(dir),
    /** Takes a backup now (start-up, before an import or a reset). */
    backupNow,
    /** Takes a backup when the newest one is a day old or more; what the app's timer calls. */
    async maybeBackup(): Promise<BackupWritten | null> {
      const newest = listBackups(dir)[0]
      if (newest && now().getTime() - newest.takenAt.getTime() < BACKUP_INTERVAL_MS) return null
      return backupNow('daily')
    },
    /** Resolves once no backup is being written. */
    idle: (): Promise<void> => queue.then(() => undefined),
    /** No backup starts after this (the database is about to close). */
    stop(): void {
      stopped = true
    },
  }
}

export type BackupService = ReturnType<typeof createBackupService>
