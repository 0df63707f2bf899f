import { z } from 'zod'
import { AnswerSchema, GradeResultSchema, PublicQuestionSchema } from './course/schema'
import { StableIdSchema } from './ids'

export const ChapterStatusSchema = z.enum(['not-started', 'in-progress', 'complete'])
export type ChapterStatus = z.infer<typeof ChapterStatusSchema>

export const ChapterProgressSchema = z.object({
  chapterId: StableIdSchema,
  status: ChapterStatusSchema,
  sectionsRead: z.array(StableIdSchema),
  sectionsTotal: z.number().int().min(0),
  checkTotal: z.number().int().min(0),
  checkCorrect: z.number().int().min(0),
  checkPassed: z.boolean(),
  /** 0–100; sections and the end-of-chapter check each count as one unit. */
  percent: z.number().int().min(0).max(100),
  /** What still stands between the learner and "complete", shown on the chapter page. */
  missing: z.object({ sections: z.array(StableIdSchema), correctAnswersNeeded: z.number().int().min(0) }),
})
export type ChapterProgress = z.infer<typeof ChapterProgressSchema>

export const ScrollOffsetSchema = z.number().int().min(-100_000).max(10_000_000)

export const ResumePointSchema = z.object({
  chapterId: StableIdSchema,
  sectionId: StableIdSchema,
  /** Pixels from the top of the section; negative while the learner is above the first section. */
  scrollOffset: ScrollOffsetSchema,
})
export type ResumePoint = z.infer<typeof ResumePointSchema>

export const CourseProgressSchema = z.object({
  courseId: StableIdSchema,
  percent: z.number().int().min(0).max(100),
  chapters: z.array(ChapterProgressSchema),
  resume: ResumePointSchema.nullable(),
  /** Total time the learner spent with a chapter open and the window in use. */
  studiedSeconds: z.number().int().min(0),
})
export type CourseProgress = z.infer<typeof CourseProgressSchema>

/** What a chapter page restores: diagram steps, half-finished answers and the latest results. */
export const ChapterStateSchema = z.object({
  diagramSteps: z.record(StableIdSchema, z.number().int().min(0)),
  drafts: z.record(StableIdSchema, AnswerSchema),
  results: z.record(StableIdSchema, z.object({ answer: AnswerSchema, grade: GradeResultSchema })),
  /**
   * The chapter's questions whose options are shown in a new order since the chapter content's:
   * each answer recorded for a question reshuffles it for the next attempt. Others as in the content.
   */
  questions: z.record(StableIdSchema, PublicQuestionSchema),
  /** Where the learner last was in this chapter, restored when they open it again. */
  position: z.object({ sectionId: StableIdSchema, scrollOffset: ScrollOffsetSchema }).nullable(),
})
export type ChapterState = z.infer<typeof ChapterStateSchema>
