import type { Database } from 'better-sqlite3'
import { join } from 'node:path'
import { createBackupService } from '../backup/backup-service'
import type { CourseLookup } from '../course/course-lookup'
import { BACKUPS_DIR } from '../data-folder'
import type { DesktopDialogs } from '../desktop-dialogs'
import { createTransferService } from '../transfer/transfer-service'
import { createCheckData } from './check-data'
import { createSafetyBackup } from '../backup/safety-backup'

export interface DataSafetyDeps {
  db: Database
  dataDir: string
  lookup: CourseLookup
  dialogs: DesktopDialogs
  now: () => Date
  nativeBinding?: string
  log?: (message: string, err: unknown) => void
  /** The data folder cannot be written: background backups would only fail, so none are tried. */
  readOnly?: boolean
}

/**
 * Keeping the learner's data safe while the app runs: automatic backups, a safety backup before
 * every destructive change (`withSafetyBackup`: reset, import, Check data's repairs), export and
 * import, and "Check data". What happens at start-up is `open-progress-database.ts`.
 */
export function createDataSafety(deps: DataSafetyDeps) {
  const { db, lookup, dialogs, now } = deps
  const log = deps.log ?? console.error
  let closed = false
  const backups = createBackupService({
    db,
    dir: join(deps.dataDir, BACKUPS_DIR),
    now,
    ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
    log,
  })
  const withSafetyBackup = createSafetyBackup(backups, log)

  /** Background backups never fail loudly: a log line, and the next attempt tries again. */
  const quietly = (pending: Promise<unknown>, what: string) =>
    pending.then(
      () => undefined,
      (err: unknown) => {
        if (!closed) log(`${what} failed`, err)
      },
    )

  return {
    backups,
    withSafetyBackup,
    ...createTransferService({ db, lookup, dialogs, now, withSafetyBackup }),
    checkData: createCheckData({ db, lookup, withSafetyBackup }),
    /** The start-up backup; failures are logged, never thrown. */
    startupBackup: (): Promise<void> =>
      deps.readOnly ? Promise.resolve() : quietly(backups.backupNow('startup'), 'The start-up backup'),
    /** What the app's timer calls: a backup when the newest is a day old. */
    maybeBackup: (): Promise<void> =>
      deps.readOnly ? Promise.resolve() : quietly(backups.maybeBackup(), 'The daily backup'),

    close(): void {
      closed = true
      backups.stop()
    },
  }
}

export type DataSafety = ReturnType<typeof createDataSafety>
