import { basename } from 'node:path'
import type { Notice } from '../../shared/notices'
import type { OpenedDatabase } from './open-progress-database'

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
