import type { Database } from 'better-sqlite3'
import type { Note, NoteDraft } from '../../shared/notes'
import { prepareOnUse } from './prepare-on-use'

interface NoteRow {
  courseId: string
  chapterId: string
  sectionId: string
  text: string
  bookmarked: number
  createdAt: number
  updatedAt: number
}

const COLUMNS = `course_id AS courseId, chapter_id AS chapterId, section_id AS sectionId, text, bookmarked,
  created_at AS createdAt, updated_at AS updatedAt`

const toNote = (row: NoteRow): Note => ({ ...row, bookmarked: row.bookmarked === 1 })

/** Bookmarks and notes, one row per section. Each write is one durable autocommit statement. */
export function createNotesRepo(db: Database) {
  const upsert = prepareOnUse(
    db,
    `INSERT INTO section_notes (course_id, chapter_id, section_id, text, bookmarked, created_at, updated_at)
     VALUES (@courseId, @chapterId, @sectionId, @text, @bookmarked, @at, @at)
     ON CONFLICT (course_id, chapter_id, section_id) DO UPDATE SET
       text = excluded.text, bookmarked = excluded.bookmarked, updated_at = excluded.updated_at`,
  )
  const remove = prepareOnUse(db, `DELETE FROM section_notes WHERE course_id = ? AND chapter_id = ? AND section_id = ?`)
  const selectOne = prepareOnUse(
    db,
    `SELECT ${COLUMNS} FROM section_notes WHERE course_id = ? AND chapter_id = ? AND section_id = ?`,
  )
  const selectCourse = prepareOnUse(db, `SELECT ${COLUMNS} FROM section_notes WHERE course_id = ?`)
  const selectAll = prepareOnUse(db, `SELECT ${COLUMNS} FROM section_notes ORDER BY course_id, chapter_id, section_id`)
  const upsertDraft = prepareOnUse(
    db,
    `INSERT INTO note_drafts (course_id, chapter_id, section_id, text, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (course_id, chapter_id, section_id) DO UPDATE SET
       text = excluded.text, updated_at = excluded.updated_at`,
  )
  const removeDraft = prepareOnUse(
    db,
    `DELETE FROM note_drafts WHERE course_id = ? AND chapter_id = ? AND section_id = ?`,
  )
  const selectDrafts = prepareOnUse(
    db,
    `SELECT chapter_id AS chapterId, section_id AS sectionId, text FROM note_drafts WHERE course_id = ?`,
  )

  return {
    /** Creates or replaces the section's note; `createdAt` stays from the first save. */
    save(
      note: { courseId: string; chapterId: string; sectionId: string; text: string; bookmarked: boolean },
      at: number,
    ): Note {
      upsert.run({ ...note, bookmarked: note.bookmarked ? 1 : 0, at })
      return toNote(selectOne.get(note.courseId, note.chapterId, note.sectionId) as NoteRow)
    },
    /** Deletes the section's note; false when there was none. */
    delete(courseId: string, chapterId: string, sectionId: string): boolean {
      return remove.run(courseId, chapterId, sectionId).changes > 0
    },
    get(courseId: string, chapterId: string, sectionId: string): Note | null {
      const row = selectOne.get(courseId, chapterId, sectionId) as NoteRow | undefined
      return row ? toNote(row) : null
    },
    /** A course's notes, in no particular order (the service orders them by the pack). */
    forCourse(courseId: string): Note[] {
      return (selectCourse.all(courseId) as NoteRow[]).map(toNote)
    },
    /** Keeps the section's unsaved note text; empty text forgets it. */
    saveDraft(courseId: string, chapterId: string, sectionId: string, text: string, at: number): void {
      if (text) upsertDraft.run(courseId, chapterId, sectionId, text, at)
      else removeDraft.run(courseId, chapterId, sectionId)
    },
    drafts(courseId: string): NoteDraft[] {
      return selectDrafts.all(courseId) as NoteDraft[]
    },
    /** Every note of every course with its text: what search indexes. */
    allNotes(): Note[] {
      return (selectAll.all() as NoteRow[]).map(toNote)
    },
  }
}

export type NotesRepo = ReturnType<typeof createNotesRepo>
