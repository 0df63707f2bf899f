import type { Database } from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import { basename } from 'node:path'
import type { ExportResult, ImportMode, ImportPreview, ImportResult } from '../../shared/data-safety'
import { AppError } from '../../shared/ipc/errors'
import type { ProgressFile } from '../../shared/progress-file'
import type { CourseLookup } from '../course/course-lookup'
import type { WithSafetyBackup } from '../backup/safety-backup'
import type { DesktopDialogs } from '../desktop-dialogs'
import { buildProgressFile, writeProgressFile } from './export-progress'
import { countUnknownIds, packOrNull } from './pack-ids'
import { applyProgressFile, countRows } from '../db/progress-tables'
import { readProgressFile } from './read-progress-file'

/** A previewed file waits this long for the learner to choose Replace or Merge. */
const PREVIEW_TTL_MS = 30 * 60 * 1000

export interface TransferDeps {
  db: Database
  lookup: CourseLookup
  dialogs: DesktopDialogs
  now: () => Date
  withSafetyBackup: WithSafetyBackup
}

/**
 * Export and import of progress files. Import is two steps: `preview` reads and validates the
 * chosen file completely and keeps it in memory under a random token; `apply` (after the
 * learner chose Replace or Merge) forces a backup and writes the file in one transaction.
 */
export function createTransferService(deps: TransferDeps) {
  const { db, lookup, dialogs, now } = deps
  let pending: { token: string; file: ProgressFile; fileName: string; until: number } | null = null

  return {
    async exportProgress(courseId: string): Promise<ExportResult> {
      lookup.pack(courseId)
      const day = now().toISOString().slice(0, 10)
      const path = await dialogs.chooseSavePath(`another-class-progress-${courseId}-${day}.json`)
      if (!path) return { cancelled: true }
      const { file, skipped } = buildProgressFile(db, courseId, now())
      writeProgressFile(path, file)
      const counts = Object.fromEntries(Object.entries(file.tables).map(([name, rows]) => [name, rows.length]))
      return { cancelled: false, path, counts, skipped }
    },

    async previewImport(): Promise<ImportPreview> {
      const path = await dialogs.chooseOpenPath()
      if (!path) return { cancelled: true }
      const file = readProgressFile(path)
      const pack = packOrNull(lookup, file.courseId)
      if (!pack)
        throw new AppError('invalid_file', `The file is for the course "${file.courseId}", which is not installed.`)
      const token = randomBytes(16).toString('hex')
      pending = { token, file, fileName: basename(path), until: now().getTime() + PREVIEW_TTL_MS }
      return {
        cancelled: false,
        token,
        fileName: pending.fileName,
        courseId: file.courseId,
        courseTitle: pack.outline.title,
        exportedAt: file.exportedAt,
        counts: Object.fromEntries(Object.entries(file.tables).map(([name, rows]) => [name, rows.length])),
        unknownIds: countUnknownIds(pack, file.tables),
      }
    },

    async applyImport(token: string, mode: ImportMode): Promise<ImportResult> {
      if (!pending || pending.token !== token || pending.until < now().getTime()) {
        throw new AppError('not_found', 'That import is no longer waiting; choose the file again.')
      }
      const { file } = pending
      lookup.pack(file.courseId)
      const { backupFile } = await deps.withSafetyBackup('import', () => applyProgressFile(db, file, mode))
      pending = null
      return { courseId: file.courseId, mode, counts: countRows(db, file.courseId), backupFile }
    },
  }
}

export type TransferService = ReturnType<typeof createTransferService>
