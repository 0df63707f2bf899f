import { BACKUP_REASONS, type BackupReason } from '../../shared/backups'

/**
 * Automatic backups are named by the UTC moment they were taken, so the name alone orders them
 * and says when: progress-20261129T102030Z.sqlite, with -2, -3… when two fall in one second, and
 * then why it was taken (-startup, -daily, -import, …; names from before reasons have none).
 * A copy still being written carries PARTIAL_SUFFIX and is never mistaken for a backup.
 */
const NAME = new RegExp(
  `^progress-(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z(?:-([1-9]\\d{0,5}))?(?:-(${BACKUP_REASONS.join('|')}))?\\.sqlite$`,
)
export const PARTIAL_SUFFIX = '.partial'

export interface BackupName {
  name: string
  takenAt: Date
  /** 1 for the first backup of that second, 2 for the next, … */
  sequence: number
  /** Absent on backups named before reasons were recorded. */
  reason?: BackupReason
}

export function backupFileName(at: Date, sequence = 1, reason?: BackupReason): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return `progress-${stamp}${sequence > 1 ? `-${sequence}` : ''}${reason ? `-${reason}` : ''}.sqlite`
}

export function parseBackupFileName(name: string): BackupName | null {
  const m = NAME.exec(name)
  if (!m) return null
  const [, y, mo, d, h, mi, s, seq, reason] = m
  const takenAt = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)))
  // Reject impossible dates (month 13, day 32, …) that Date.UTC would silently roll over.
  if (Number.isNaN(takenAt.getTime()) || !name.startsWith(backupFileName(takenAt).replace(/\.sqlite$/, ''))) return null
  return { name, takenAt, sequence: seq ? Number(seq) : 1, ...(reason ? { reason: reason as BackupReason } : {}) }
}

/** Newest first: by time, then by sequence within the same second. */
export function newestFirst(a: BackupName, b: BackupName): number {
  return b.takenAt.getTime() - a.takenAt.getTime() || b.sequence - a.sequence
}
