import { AppError } from '../../shared/ipc/errors'
import { fitsInNote, NOTE_MAX_CHARS, type Note, type NoteDraft } from '../../shared/notes'
import type { NotesRepo } from '../db/notes-repo'
import type { CourseLookup } from '../course/course-lookup'

/**
 * Bookmarks and notes per section. Writes only go to sections the pack has; reading lists them
 * in reading order, with notes on sections a content update removed kept at the end (the
 * learner's own words are never dropped silently).
 */
export function createNotesService(deps: { notes: NotesRepo; lookup: CourseLookup; now: () => Date }) {
  const { notes, lookup, now } = deps

  return {
    /** Every note of every course with its text, for the search index. */
    all: (): Note[] => notes.allNotes(),

    list(courseId: string): Note[] {
      const outline = lookup.pack(courseId).outline
      const order = new Map<string, number>()
      outline.chapters.forEach((chapter, c) =>
        chapter.sections.forEach((section, s) => order.set(`${chapter.id}/${section.id}`, c * 10_000 + s)),
      )
      const rank = (n: Note) => order.get(`${n.chapterId}/${n.sectionId}`) ?? Number.MAX_SAFE_INTEGER
      return notes.forCourse(courseId).sort((a, b) => rank(a) - rank(b) || a.updatedAt - b.updatedAt)
    },

    /** Creates or edits the section's note. Text is stored NFC-normalised (search matches it as typed). */
    save(input: { courseId: string; chapterId: string; sectionId: string; text: string; bookmarked: boolean }): Note {
      lookup.section(input.courseId, input.chapterId, input.sectionId)
      const text = input.text.normalize('NFC').trim()
      if (!text && !input.bookmarked) {
        throw new AppError('invalid_input', 'A note needs text or a bookmark; delete it instead')
      }
      // Normalising can lengthen a few rare characters; the limit holds for what is stored.
      if (!fitsInNote(text)) throw new AppError('invalid_input', `A note is at most ${NOTE_MAX_CHARS} characters`)
      const saved = notes.save({ ...input, text }, now().getTime())
      notes.saveDraft(input.courseId, input.chapterId, input.sectionId, '', 0)
      return saved
    },

    /** Unsaved note text of a course's sections (a section the pack lost keeps its draft too). */
    drafts(courseId: string): NoteDraft[] {
      lookup.pack(courseId)
      return notes.drafts(courseId)
    },

    /** Keeps the text the learner is writing in a section's note; empty text forgets it. */
    saveDraft(courseId: string, chapterId: string, sectionId: string, text: string): void {
      if (text) lookup.section(courseId, chapterId, sectionId)
      else lookup.pack(courseId)
      notes.saveDraft(courseId, chapterId, sectionId, text, now().getTime())
    },

    /** Deletes the note. A note on a section the pack no longer has can still be deleted. */
    delete(courseId: string, chapterId: string, sectionId: string): boolean {
      lookup.pack(courseId)
      if (!notes.get(courseId, chapterId, sectionId)) lookup.section(courseId, chapterId, sectionId)
      notes.saveDraft(courseId, chapterId, sectionId, '', 0)
      return notes.delete(courseId, chapterId, sectionId)
    },
  }
}

export type NotesService = ReturnType<typeof createNotesService>
