import type { BackupList, RestoreResult } from '../../shared/backups'
import { AppError } from '../../shared/ipc/errors'
import type { Notice } from '../../shared/notices'
import { parseBackupFileName } from '../backup/backup-names'
import { summarizeBackup } from '../backup/backup-summary'
import { chosenBackupPath, describeBackups } from '../backup/list-backups'
import { copyBackupInto } from '../backup/restore-backup'
import type { WithSafetyBackup } from '../backup/safety-backup'
import type { DesktopDialogs } from '../desktop-dialogs'
import type { CourseLookup } from '../course/course-lookup'

export interface ChosenBackupsDeps {
  dataDir: string
  /** `<dataDir>/backups`. */
  backupsDir: string
  databasePath: string
  lookup: CourseLookup
  dialogs: DesktopDialogs
  nativeBinding?: string
  /** Backs up the current state first ("before a restore"); no backup, no restore. */
  withSafetyBackup: WithSafetyBackup
  /**
   * Closes the database, runs `whileClosed`, then opens whatever file is at the path again with
   * every service rebuilt on it; resolves to the notices that opening raised.
   */
  reopenAround: (whileClosed: () => void) => Promise<Notice[]>
}

/** The backups the learner sees in Settings → 데이터, restoring one of them, and the data folder. */
export function createChosenBackups(deps: ChosenBackupsDeps) {
  const binding = deps.nativeBinding

  return {
    list(courseId: string): BackupList {
      return { backups: describeBackups(deps.backupsDir, deps.lookup.pack(courseId).outline, binding) }
    },

    /**
     * Puts a chosen backup in the database's place: checked first (a damaged one, or one from a
     * newer app, is refused and nothing changes), the current state backed up (no backup, no
     * restore), then swapped in whole while the database is closed, and opened again.
     */
    async restore(name: string): Promise<RestoreResult> {
      const path = chosenBackupPath(deps.backupsDir, name)
      if (!path) {
        if (!parseBackupFileName(name))
          throw new AppError('invalid_input', 'Only a backup in the backups folder can be restored.')
        throw new AppError('not_found', `There is no backup named ${name}.`)
      }
      const contents = summarizeBackup(path, null, binding)
      if (contents.state === 'damaged')
        throw new AppError('invalid_file', `The backup ${name} is damaged; nothing was changed.`)
      if (contents.state === 'newer')
        throw new AppError(
          'invalid_file',
          `The backup ${name} was made by a newer version of the app; nothing was changed.`,
        )
      const { backupFile, result: notices } = await deps.withSafetyBackup('restore', () =>
        deps.reopenAround(() => copyBackupInto(path, deps.databasePath)),
      )
      // Opening repairs what it cannot use by restoring the newest good backup: the one just taken.
      if (notices.some((n) => n.kind === 'database-restored' || n.kind === 'database-reset'))
        throw new AppError(
          'invalid_file',
          `The backup ${name} could not be opened; the state from before it was put back.`,
        )
      return { restored: name, backupFile }
    },

    async openDataFolder(): Promise<{ opened: true }> {
      await deps.dialogs.openFolder(deps.dataDir)
      return { opened: true }
    },
  }
}

export type ChosenBackups = ReturnType<typeof createChosenBackups>
