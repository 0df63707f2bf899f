import type { ExportNotesResult } from '../../shared/takeaway'
import type { DesktopDialogs } from '../desktop-dialogs'
import { writePrivateFileAtomically } from '../private-files'
import type { CourseLookup } from '../course/course-lookup'
import { localDay } from '../stats/local-day'
import { sectionFirstLine } from '../summary/section-opening'
import { notesMarkdown } from './notes-markdown'
import type { NotesService } from './notes-service'

export interface NotesExportDeps {
  notes: NotesService
  lookup: CourseLookup
  dialogs: DesktopDialogs
  now: () => Date
  /** The UI language, which the file is written in. */
  locale: () => string
}

/** Saves every note and bookmark of a course as one Markdown file, where the learner chooses. */
export function createNotesExport(deps: NotesExportDeps) {
  return async function exportNotes(courseId: string, timeZone: string): Promise<ExportNotesResult> {
    const pack = deps.lookup.pack(courseId)
    const at = deps.now().getTime()
    const today = localDay(at, timeZone)
    const path = await deps.dialogs.chooseSavePath(`another-class-notes-${courseId}-${today}.md`)
    if (!path) return { cancelled: true }
    // Read after the dialog closes: a note saved while it was open is in the file.
    const notes = deps.notes.list(courseId)
    const chapters = pack.outline.chapters.map((outlined) => ({
      id: outlined.id,
      title: outlined.title,
      sections: (pack.chapters.get(outlined.id)?.sections ?? []).map((s) => ({
        id: s.id,
        title: s.title,
        firstLine: sectionFirstLine(s),
      })),
    }))
    const text = notesMarkdown({
      courseTitle: pack.outline.title,
      locale: deps.locale(),
      exportedOn: today,
      chapters,
      notes,
      dayOf: (instant) => localDay(instant, timeZone),
    })
    writePrivateFileAtomically(path, text)
    return {
      cancelled: false,
      path,
      notes: notes.filter((n) => n.text.trim()).length,
      bookmarks: notes.filter((n) => n.bookmarked).length,
    }
  }
}
