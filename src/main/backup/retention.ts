import { type BackupName, newestFirst } from './backup-names'

/**
 * How many automatic backups survive thinning. Like Anki: everything from today and yesterday
 * (up to `recent`, so forced backups before an import or a reset are not thinned away the same
 * day), then the newest backup of each of `daily` earlier days, of `weekly` earlier weeks and of
 * `monthly` earlier months.
 */
export interface RetentionLimits {
  recent: number
  daily: number
  weekly: number
  monthly: number
}

export const DEFAULT_RETENTION: RetentionLimits = { recent: 10, daily: 7, weekly: 4, monthly: 3 }

const DAY_MS = 86_400_000
/** Serial UTC day number. */
const dayOf = (d: Date) => Math.floor(d.getTime() / DAY_MS)
/** Serial week number; weeks start on Monday (day 0, 1970-01-01, was a Thursday). */
const weekOf = (d: Date) => Math.floor((dayOf(d) + 3) / 7)
const monthOf = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth()

/**
 * Decides which backups to delete. Pure: takes the backups found and the current time, returns
 * the names to remove. Walks from newest to oldest; a backup is kept when it is recent, or when
 * it is the first one met of an earlier day (then week, then month) while that tier has room.
 */
export function backupsToDelete(
  backups: readonly BackupName[],
  now: Date,
  limits: RetentionLimits = DEFAULT_RETENTION,
): string[] {
  const left = { ...limits }
  const yesterday = dayOf(now) - 1
  let lastKept = { day: Infinity, week: Infinity, month: Infinity }
  const doomed: string[] = []
  for (const backup of [...backups].sort(newestFirst)) {
    const at = { day: dayOf(backup.takenAt), week: weekOf(backup.takenAt), month: monthOf(backup.takenAt) }
    let tier: keyof RetentionLimits | null = null
    if (at.day >= yesterday && left.recent > 0) tier = 'recent'
    else if (left.daily > 0) tier = at.day < lastKept.day ? 'daily' : null
    else if (left.weekly > 0) tier = at.week < lastKept.week ? 'weekly' : null
    else if (left.monthly > 0) tier = at.month < lastKept.month ? 'monthly' : null
    if (tier) {
      left[tier]--
      lastKept = at
    } else {
      doomed.push(backup.name)
    }
  }
  return doomed
}
