import { z } from 'zod'
import { IdSchema } from './schema-helpers'
import { DiagramSchema } from './diagram-schema'

// ---------------------------------------------------------------------------------------------
// What the renderer receives (IPC outputs)

export const BlockSchema = z.discriminatedUnion('kind', [
  /** Sanitised HTML rendered from Markdown (no raw HTML, http(s) and #anchor links only). */
  z.object({ kind: z.literal('prose'), html: z.string() }),
  z.object({ kind: z.literal('diagram'), diagramId: IdSchema }),
  z.object({ kind: z.literal('checkpoint'), questionId: IdSchema }),
])
export type Block = z.infer<typeof BlockSchema>

export const SectionSchema = z.object({ id: IdSchema, title: z.string(), blocks: z.array(BlockSchema) })
export type Section = z.infer<typeof SectionSchema>

const PublicBase = { id: IdSchema, section: IdSchema, prompt: z.string() }
const PublicItemSchema = z.object({ id: IdSchema, text: z.string() })

/** A question with everything that reveals the answer removed. */
export const PublicQuestionSchema = z.discriminatedUnion('type', [
  z.object({ ...PublicBase, type: z.literal('single'), options: z.array(PublicItemSchema) }),
  z.object({ ...PublicBase, type: z.literal('multiple'), options: z.array(PublicItemSchema) }),
  z.object({ ...PublicBase, type: z.literal('truefalse') }),
  /** Items in a deterministic shuffled order that is never the answer order. */
  z.object({ ...PublicBase, type: z.literal('ordering'), items: z.array(PublicItemSchema) }),
  z.object({
    ...PublicBase,
    type: z.literal('matching'),
    left: z.array(PublicItemSchema),
    choices: z.array(PublicItemSchema),
  }),
])
export type PublicQuestion = z.infer<typeof PublicQuestionSchema>

export const ChapterContentSchema = z.object({
  courseId: IdSchema,
  id: IdSchema,
  title: z.string(),
  minutes: z.number().int().positive(),
  objectives: z.array(z.string()),
  sections: z.array(SectionSchema),
  /** All of the chapter's questions (its end-of-chapter check), in file order. */
  questions: z.array(PublicQuestionSchema),
  /** The diagrams the chapter places, in order of first placement. */
  diagrams: z.array(DiagramSchema),
})
export type ChapterContent = z.infer<typeof ChapterContentSchema>

export const OutlineChapterSchema = z.object({
  id: IdSchema,
  title: z.string(),
  minutes: z.number().int().positive(),
  objectives: z.array(z.string()),
  sections: z.array(z.object({ id: IdSchema, title: z.string() })),
  questionIds: z.array(IdSchema),
})
export type OutlineChapter = z.infer<typeof OutlineChapterSchema>

export const CourseOutlineSchema = z.object({
  id: IdSchema,
  title: z.string(),
  version: z.string(),
  language: z.string(),
  mastery: z.number().gt(0).max(1),
  chapters: z.array(OutlineChapterSchema),
  /**
   * The cumulative final check's question ids (final-check.yaml), in file order; empty when the
   * pack has none. They belong to no chapter's end-of-chapter check or completion.
   */
  finalCheck: z.array(IdSchema),
})
export type CourseOutline = z.infer<typeof CourseOutlineSchema>

/** One problem found in a pack: `file` is relative to the pack folder, `line` is 1-based. */
export const PackProblemSchema = z.object({ file: z.string(), line: z.number().int().min(1), message: z.string() })
export type PackProblem = z.infer<typeof PackProblemSchema>

// ---------------------------------------------------------------------------------------------
// Answers and grading

const AnswerId = z.string().min(1).max(64)
const MAX_ANSWER_ITEMS = 50

export const AnswerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), optionId: AnswerId }).strict(),
  z.object({ type: z.literal('multiple'), optionIds: z.array(AnswerId).max(MAX_ANSWER_ITEMS) }).strict(),
  z.object({ type: z.literal('truefalse'), value: z.boolean() }).strict(),
  z.object({ type: z.literal('ordering'), order: z.array(AnswerId).max(MAX_ANSWER_ITEMS) }).strict(),
  z
    .object({
      type: z.literal('matching'),
      /** Left item id → chosen choice id. */
      pairs: z
        .record(AnswerId, AnswerId)
        .refine((pairs) => Object.keys(pairs).length <= MAX_ANSWER_ITEMS, `at most ${MAX_ANSWER_ITEMS} pairs`),
    })
    .strict(),
])
export type Answer = z.infer<typeof AnswerSchema>

export const FeedbackSchema = z.object({
  /** Option id, item id, left item id, or "true"/"false" for the side picked. */
  id: z.string(),
  correct: z.boolean(),
  explanation: z.string(),
})
export type Feedback = z.infer<typeof FeedbackSchema>

export const GradeResultSchema = z.object({ correct: z.boolean(), feedback: z.array(FeedbackSchema) })
export type GradeResult = z.infer<typeof GradeResultSchema>
