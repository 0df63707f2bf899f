import type { BackupReason } from '../../shared/backups'
import { AppError } from '../../shared/ipc/errors'
import type { BackupService } from './backup-service'
import { type StorageProblem, storageProblemOf } from '../storage-errors'

/** Why a safety backup failed, in words for the learner (the error itself goes to the log). */
const BACKUP_FAILED_BECAUSE: Record<StorageProblem, string> = {
  full: 'the disk is full',
  'read-only': 'the data folder cannot be written',
  io: 'the disk reported an error',
}

/** A change made after its safety backup, with that backup's file name. */
export interface SafeChange<T> {
  backupFile: string
  result: Awaited<T>
}

/** Makes a destructive change only after a backup it can be undone from. */
export type WithSafetyBackup = <T>(reason: BackupReason, change: () => T) => Promise<SafeChange<T>>

/**
 * Every change that forgets or overwrites progress (reset, import, Check data's repairs, a restore) goes
 * through this: a backup first, and when none can be made, the change does not happen and the
 * learner gets a `storage` error saying why.
 */
export function createSafetyBackup(
  backups: Pick<BackupService, 'backupNow'>,
  log: (message: string, err: unknown) => void,
): WithSafetyBackup {
  return async (reason, change) => {
    let backupFile: string
    try {
      backupFile = (await backups.backupNow(reason)).file
    } catch (err) {
      log('The safety backup failed', err)
      const problem = storageProblemOf(err)
      const why = problem ? ` (${BACKUP_FAILED_BECAUSE[problem]})` : ''
      throw new AppError('storage', `No safety backup could be made first, so nothing was changed${why}.`)
    }
    return { backupFile, result: await change() }
  }
}
