import { z } from 'zod'
import { StableIdSchema } from './ids'

/** A note is for a thought, not a copy of the chapter: long enough for a paragraph or two. */
export const NOTE_MAX_CHARS = 2000

export const NoteTextSchema = z.string().max(NOTE_MAX_CHARS, `must be at most ${NOTE_MAX_CHARS} characters`)

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
