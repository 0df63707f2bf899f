import {
  PROGRESS_TABLE_NAMES,
  PROGRESS_TABLES,
  type PackRef,
  type ProgressRow,
  type ProgressTableName,
  type ProgressTableSpec,
} from '../../shared/progress-file'
import type { LoadedPack } from '../course/pack-types'
import type { CourseLookup } from '../course/course-lookup'

/** The installed pack of a course, or null when it is not installed. */
export function packOrNull(lookup: CourseLookup, courseId: string): LoadedPack | null {
  try {
    return lookup.pack(courseId)
  } catch {
    return null
  }
}

/** Whether a row's id column names something the pack has (sections within the row's chapter). */
function knows(pack: LoadedPack, ref: PackRef, row: ProgressRow, value: unknown): boolean {
  if (typeof value !== 'string') return false
  switch (ref) {
    case 'chapter':
      return pack.chapters.has(value)
    case 'section':
      return pack.chapters.get(String(row['chapter_id']))?.sections.some((s) => s.id === value) ?? false
    case 'question':
      return pack.questions.has(value)
    case 'diagram':
      return pack.diagrams.has(value)
  }
}

/**
 * How many rows name a chapter, section, question or diagram the installed pack does not have
 * (or belong to a course that is not installed). Such rows are kept: ids are stable, so a later
 * pack version may bring them back, and every read already ignores them.
 */
export function countUnknownIds(
  pack: LoadedPack | null,
  tables: Partial<Record<ProgressTableName, ProgressRow[]>>,
): number {
  let unknown = 0
  for (const name of PROGRESS_TABLE_NAMES) {
    const spec: ProgressTableSpec = PROGRESS_TABLES[name]
    const refs = Object.entries(spec.refs ?? {})
    for (const row of tables[name] ?? []) {
      if (refs.length === 0) continue
      if (!pack || refs.some(([column, ref]) => ref && !knows(pack, ref, row, row[column]))) unknown++
    }
  }
  return unknown
}
