import { z } from 'zod'
import { GradeResultSchema, PublicQuestionSchema } from './course/schema'
import { StableIdSchema } from './ids'

/** Where a card is in FSRS's life cycle (ts-fsrs `State`, by name). */
export const ReviewStateSchema = z.enum(['new', 'learning', 'review', 'relearning'])
export type ReviewState = z.infer<typeof ReviewStateSchema>

/** A card's schedule as the learner sees it; times are epoch milliseconds. */
export const ReviewCardSummarySchema = z.object({
  questionId: StableIdSchema,
  state: ReviewStateSchema,
  due: z.number().int(),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  /** Days FSRS chose until the next review (0 for a card never reviewed). */
  scheduledDays: z.number().int().min(0),
})
export type ReviewCardSummary = z.infer<typeof ReviewCardSummarySchema>

/** One due card with its question (answer removed) and where the course teaches it. */
export const ReviewItemSchema = z.object({
  card: ReviewCardSummarySchema,
  chapterId: StableIdSchema,
  chapterTitle: z.string(),
  sectionId: StableIdSchema,
  sectionTitle: z.string(),
  question: PublicQuestionSchema,
})
export type ReviewItem = z.infer<typeof ReviewItemSchema>

export const ReviewQueueSchema = z.object({
  /** Cards due by the end of the learner's local today, earliest first. */
  due: z.array(ReviewItemSchema),
  /** Cards whose question is still in the pack (a card for a removed question is skipped). */
  total: z.number().int().min(0),
  /** When the next card that is not due yet becomes due, or null when there is none. */
  nextDueAt: z.number().int().nullable(),
})
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>

export const ReviewResultSchema = z.object({
  grade: GradeResultSchema,
  /** False when the card was not due (already reviewed today) or there is no card: graded only. */
  rescheduled: z.boolean(),
  /** The card after this answer, or null when the question has no card. */
  card: ReviewCardSummarySchema.nullable(),
})
export type ReviewResult = z.infer<typeof ReviewResultSchema>
