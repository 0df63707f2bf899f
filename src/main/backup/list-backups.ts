import { lstatSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupEntry } from '../../shared/backups'
import type { CourseOutline } from '../../shared/course/schema'
import { parseBackupFileName } from './backup-names'
import { listBackups } from './backup-service'
import { summarizeBackup } from './backup-summary'

/** Every automatic backup, newest first, with its reason, size and what it holds for the course. */
export function describeBackups(dir: string, outline: CourseOutline, nativeBinding?: string): BackupEntry[] {
  return listBackups(dir).flatMap((backup) => {
    const path = chosenBackupPath(dir, backup.name)
    if (!path) return []
    return [
      {
        name: backup.name,
        takenAt: backup.takenAt.toISOString(),
        reason: backup.reason ?? null,
        sizeBytes: lstatSync(path).size,
        contents: summarizeBackup(path, outline, nativeBinding),
      },
    ]
  })
}

/**
 * The path of a backup named by the renderer, or null: only a bare name that follows the backup
 * naming rule exactly, of a regular file (not a link, not a folder) inside the backups folder.
 */
export function chosenBackupPath(dir: string, name: string): string | null {
  if (!parseBackupFileName(name)) return null
  const path = join(dir, name)
  try {
    return lstatSync(path).isFile() ? path : null
  } catch {
    return null
  }
}
