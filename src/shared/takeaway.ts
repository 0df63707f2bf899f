import { z } from 'zod'
import { StableIdSchema } from './ids'
import { NoteTextSchema } from './notes'

/*
 * What the learner takes away: all notes as one Markdown file, and the printable summary
 * ("나만의 한방정리") of a chapter or of the whole course, saved as PDF.
 */

const Cancelled = z.object({ cancelled: z.literal(true) })

export const ExportNotesResultSchema = z.discriminatedUnion('cancelled', [
  Cancelled,
  z.object({
    cancelled: z.literal(false),
    path: z.string(),
    /** Notes with text, and bookmarks, written to the file. */
    notes: z.number().int().min(0),
    bookmarks: z.number().int().min(0),
  }),
])
export type ExportNotesResult = z.infer<typeof ExportNotesResultSchema>

export const SavePdfResultSchema = z.discriminatedUnion('cancelled', [
  Cancelled,
  z.object({ cancelled: z.literal(false), path: z.string() }),
])
export type SavePdfResult = z.infer<typeof SavePdfResultSchema>

/** A question's right answer, shaped by its type (the renderer words "true"/"false" itself). */
export const RightAnswerSchema = z.discriminatedUnion('type', [
  /** single or multiple: the correct options. */
  z.object({
    type: z.literal('choice'),
    options: z.array(z.object({ text: z.string(), explanation: z.string() })),
  }),
  z.object({ type: z.literal('truefalse'), value: z.boolean(), explanation: z.string() }),
  /** Items in the right order. */
  z.object({ type: z.literal('ordering'), items: z.array(z.object({ text: z.string(), explanation: z.string() })) }),
  z.object({
    type: z.literal('matching'),
    pairs: z.array(z.object({ left: z.string(), choice: z.string(), explanation: z.string() })),
  }),
])
export type RightAnswer = z.infer<typeof RightAnswerSchema>

/** A question whose latest answer (checkpoint or review) was wrong. */
export const MissedQuestionSchema = z.object({
  id: StableIdSchema,
  prompt: z.string(),
  answer: RightAnswerSchema,
  /** Wrong answers given so far, checkpoint and review together. */
  wrongCount: z.number().int().min(1),
  lastAnsweredAt: z.number().int(),
})
export type MissedQuestion = z.infer<typeof MissedQuestionSchema>

const SummaryNoteSchema = z.object({ text: NoteTextSchema, bookmarked: z.boolean(), updatedAt: z.number().int() })

export const SummarySectionSchema = z.object({
  id: StableIdSchema,
  title: z.string(),
  /** The section's first paragraph, as plain text ('' when it opens with a list). */
  lead: z.string(),
  /** The items of the list the section opens with (a chapter's closing summary is such a list). */
  points: z.array(z.string()),
  note: SummaryNoteSchema.nullable(),
  missed: z.array(MissedQuestionSchema),
})
export type SummarySection = z.infer<typeof SummarySectionSchema>

export const SummaryChapterSchema = z.object({
  id: StableIdSchema,
  title: z.string(),
  objectives: z.array(z.string()),
  sections: z.array(SummarySectionSchema),
})
export type SummaryChapter = z.infer<typeof SummaryChapterSchema>

/** A note on a section the installed pack no longer has: kept, shown apart. */
export const LeftoverNoteSchema = SummaryNoteSchema.extend({ chapterId: StableIdSchema, sectionId: StableIdSchema })
export type LeftoverNote = z.infer<typeof LeftoverNoteSchema>

export const SummarySchema = z.object({
  courseId: StableIdSchema,
  courseTitle: z.string(),
  /** One chapter when asked for one, else every chapter in course order. */
  chapters: z.array(SummaryChapterSchema),
  /** Only in the whole-course summary. */
  leftoverNotes: z.array(LeftoverNoteSchema),
})
export type Summary = z.infer<typeof SummarySchema>
