import type { Database } from 'better-sqlite3'
import { basename, join } from 'node:path'
import type { CheckReport } from '../shared/data-safety'
import { AppError } from '../shared/ipc/errors'
import type { Notice } from '../shared/notices'
import { createBackupService } from './backup/backup-service'
import type { CourseLookup } from './course/course-lookup'
import { findDataProblems, needsRepair, repairDataProblems } from './db/check-data'
import type { OpenedDatabase } from './db/open-database'
import type { DesktopDialogs } from './desktop-dialogs'
import { checkExternalLink } from './external-links'
import { type StorageProblem, storageProblemOf } from './storage-errors'
import { packOrNull } from './transfer/pack-ids'
import { createTransferService } from './transfer/transfer-service'

export const BACKUPS_DIR = 'backups'

/** Why a safety backup failed, in words for the learner (the error itself goes to the log). */
const BACKUP_FAILED_BECAUSE: Record<StorageProblem, string> = {
  full: 'the disk is full',
  'read-only': 'the data folder cannot be written',
  io: 'the disk reported an error',
}

/** The start-up notices that opening the database calls for. */
export function databaseNotices(opened: Omit<OpenedDatabase, 'db'>): Notice[] {
  const notices: Notice[] = []
  const setAsideFile = opened.setAside ? basename(opened.setAside.setAsidePath) : ''
  if (opened.setAside && opened.restored) {
    const { file, takenAt } = opened.restored
    notices.push({ kind: 'database-restored', setAsideFile, backupFile: file, backupTakenAt: takenAt.toISOString() })
  } else if (opened.setAside) {
    notices.push({ kind: 'database-reset', setAsideFile })
  }
  if (opened.incomplete) notices.push({ kind: 'database-incomplete' })
  if (opened.readOnly) notices.push({ kind: 'storage-read-only' })
  return notices
}

/** What databaseNotices leaves out (full paths, the errors themselves), for the main-process log. */
export function databaseLogLines(opened: Omit<OpenedDatabase, 'db'>): string[] {
  const lines: string[] = []
  if (opened.setAside)
    lines.push(`Progress database set aside as ${opened.setAside.setAsidePath}: ${opened.setAside.reason}`)
  if (opened.restored) lines.push(`Progress database restored from the backup ${opened.restored.file}`)
  if (opened.incomplete) lines.push(`Progress database opened incomplete: ${opened.incomplete}`)
  if (opened.readOnly) lines.push(`Progress database opened read-only: ${opened.readOnly}`)
  return lines
}

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
 * Keeping the learner's data safe: automatic and forced backups, export and import,
 * "Check data", and the one door out of the app (external links, confirmed first).
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

  /** A backup before a risky change; when none can be made, the change does not happen. */
  async function safetyBackup(): Promise<string> {
    try {
      return (await backups.backupNow()).file
    } catch (err) {
      log('The safety backup failed', err)
      const problem = storageProblemOf(err)
      const why = problem ? ` (${BACKUP_FAILED_BECAUSE[problem]})` : ''
      throw new AppError('storage', `No safety backup could be made first, so nothing was changed${why}.`)
    }
  }

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
    safetyBackup,
    ...createTransferService({ db, lookup, dialogs, now, safetyBackup }),
    /** The start-up backup; failures are logged, never thrown. */
    startupBackup: (): Promise<void> =>
      deps.readOnly ? Promise.resolve() : quietly(backups.backupNow(), 'The start-up backup'),
    /** What the app's timer calls: a backup when the newest is a day old. */
    maybeBackup: (): Promise<void> =>
      deps.readOnly ? Promise.resolve() : quietly(backups.maybeBackup(), 'The daily backup'),

    /** integrity_check + foreign_key_check; repairs what is safe after a backup; says what it did. */
    async checkData(): Promise<CheckReport> {
      const found = findDataProblems(db, (courseId) => packOrNull(lookup, courseId))
      let backupFile: string | null = null
      let remaining = found.integrityProblems
      const repaired = { orphanRows: 0, unreadableDrafts: 0, unreadableSettings: 0 }
      if (needsRepair(found)) {
        backupFile = await safetyBackup()
        remaining = repairDataProblems(db, found)
        Object.assign(repaired, {
          orphanRows: found.orphans.length,
          unreadableDrafts: found.unreadableDrafts.length,
          unreadableSettings: found.unreadableSettings.length,
        })
      }
      const integrity = found.integrityProblems.length === 0 ? 'ok' : remaining.length === 0 ? 'repaired' : 'damaged'
      return { integrity, problems: remaining, repaired, keptUnknownIds: found.unknownIds, backupFile }
    },

    /** Opens a chapter link in the browser: validated, then confirmed by the learner. */
    async openExternalLink(url: string): Promise<{ opened: boolean }> {
      const verdict = checkExternalLink(url)
      if (!verdict.ok) throw new AppError('invalid_input', `This link cannot be opened: ${verdict.reason}.`)
      if (!(await dialogs.confirmExternalLink(verdict.url))) return { opened: false }
      await dialogs.openExternal(verdict.url)
      return { opened: true }
    },

    close(): void {
      closed = true
      backups.stop()
    },
  }
}

export type DataSafety = ReturnType<typeof createDataSafety>
