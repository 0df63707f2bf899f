import type { Note } from '../../shared/notes'
import type { SearchDoc } from './search-docs'

/**
 * The learner's notes as search documents. Notes change as the learner writes, so search reads
 * them live on every query instead of indexing them.
 */
export function noteDocs(notes: { all(): Note[] }) {
  return (courseId: string): SearchDoc[] =>
    notes
      .all()
      .filter((n) => n.courseId === courseId && n.text.trim())
      .map((n) => ({
        kind: 'note',
        id: `${n.chapterId}.${n.sectionId}`,
        chapterId: n.chapterId,
        sectionId: n.sectionId,
        title: n.text.slice(0, 60),
        body: n.text,
      }))
}
