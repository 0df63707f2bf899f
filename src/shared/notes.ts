import { z } from 'zod'
import { StableIdSchema } from './ids'
import { countCharacters, fitsInNote, NOTE_MAX_CHARS, NOTE_MAX_CODE_UNITS } from './note-limits'

export { countCharacters, fitsInNote, NOTE_MAX_CHARS }

/** Note text: at most NOTE_MAX_CHARS characters as the learner counts them (grapheme clusters). */
export const NoteTextSchema = z
  .string()
  .max(NOTE_MAX_CODE_UNITS, `must be at most ${NOTE_MAX_CHARS} characters`)
  .refine(fitsInNote, `must be at most ${NOTE_MAX_CHARS} characters`)

/**
 * A learner's bookmark and/or note on one section (one per section). A bookmark is the flag;
 * the text may be empty when the section is only bookmarked.
 */
export const NoteSchema = z.object({
  courseId: StableIdSchema,
  chapterId: StableIdSchema,
  sectionId: StableIdSchema,
  text: NoteTextSchema,
  bookmarked: z.boolean(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
})
export type Note = z.infer<typeof NoteSchema>

/** The most a kept draft may hold: more than a note may, so a paste over the limit is kept to trim. */
export const NOTE_DRAFT_MAX_CHARS = 20_000
export const NoteDraftTextSchema = z.string().max(NOTE_DRAFT_MAX_CHARS)

/** Note text the learner is writing and has not saved yet. */
export const NoteDraftSchema = z.object({
  chapterId: StableIdSchema,
  sectionId: StableIdSchema,
  text: NoteDraftTextSchema,
})
export type NoteDraft = z.infer<typeof NoteDraftSchema>
