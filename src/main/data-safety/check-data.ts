import type { Database } from 'better-sqlite3'
import type { CheckReport } from '../../shared/data-safety'
import { perTable } from '../../shared/progress-file'
import type { CourseLookup } from '../course/course-lookup'
import { findDataProblems, needsRepair, repairDataProblems } from '../db/check-data'
import { coursesWithProgress, readRows } from '../db/progress-tables'
import { countUnknownIds, packOrNull } from '../transfer/pack-ids'
import type { WithSafetyBackup } from '../backup/safety-backup'

/**
 * "Check data": integrity_check and foreign_key_check, repairs of what is safe after a backup,
 * and a count of rows for ids the installed packs do not have (kept: a later pack may bring
 * them back). Says what it found and did.
 */
export function createCheckData(deps: { db: Database; lookup: CourseLookup; withSafetyBackup: WithSafetyBackup }) {
  const { db, lookup } = deps

  function countKeptUnknownIds(): number {
    let unknown = 0
    for (const courseId of coursesWithProgress(db)) {
      const tables = perTable((name) => readRows(db, name, courseId))
      unknown += countUnknownIds(packOrNull(lookup, courseId), tables)
    }
    return unknown
  }

  return async function checkData(): Promise<CheckReport> {
    const found = findDataProblems(db)
    const keptUnknownIds = countKeptUnknownIds()
    let backupFile: string | null = null
    let remaining = found.integrityProblems
    const repaired = { orphanRows: 0, unreadableDrafts: 0, unreadableSettings: 0 }
    if (needsRepair(found)) {
      const safe = await deps.withSafetyBackup('repair', () => repairDataProblems(db, found))
      backupFile = safe.backupFile
      remaining = safe.result
      Object.assign(repaired, {
        orphanRows: found.orphans.length,
        unreadableDrafts: found.unreadableDrafts.length,
        unreadableSettings: found.unreadableSettings.length,
      })
    }
    const integrity = found.integrityProblems.length === 0 ? 'ok' : remaining.length === 0 ? 'repaired' : 'damaged'
    return { integrity, problems: remaining, repaired, keptUnknownIds, backupFile }
  }
}
