import { z } from 'zod'
import { StableIdSchema } from './ids'
import { ReviewStateSchema } from './review'

/** One glossary entry as the 용어집 page shows it, with the section that teaches it. */
export const GlossaryTermSchema = z.object({
  id: StableIdSchema,
  ko: z.string(),
  en: z.string(),
  aliases: z.array(z.string()),
  definition: z.string(),
  chapterId: StableIdSchema,
  /**
   * The section of its chapter named for the term, else the first one whose text marks it, else
   * the chapter's first section.
   */
  sectionId: StableIdSchema,
})
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>

/** The course's glossary, in the pack's order. */
export const GlossarySchema = z.object({ terms: z.array(GlossaryTermSchema) })
export type Glossary = z.infer<typeof GlossarySchema>

/**
 * How well the learner recalled a definition: 알았어요 / 헷갈려요 / 몰랐어요. Main maps them to
 * FSRS's Good / Hard / Again.
 */
export const TermRatingSchema = z.enum(['knew', 'unsure', 'forgot'])
export type TermRating = z.infer<typeof TermRatingSchema>

/** A glossary card's schedule as the learner sees it (like a question's, keyed by term). */
export const TermCardSummarySchema = z.object({
  termId: StableIdSchema,
  state: ReviewStateSchema,
  due: z.number().int(),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  scheduledDays: z.number().int().min(0),
})
export type TermCardSummary = z.infer<typeof TermCardSummarySchema>

/** A due glossary card: the term to recall and, for after the reveal, its definition. */
export const TermReviewItemSchema = z.object({
  card: TermCardSummarySchema,
  term: GlossaryTermSchema,
})
export type TermReviewItem = z.infer<typeof TermReviewItemSchema>

/** Glossary cards in review; empty (and nothing introduced) while the setting is off. */
export const TermReviewQueueSchema = z.object({
  due: z.array(TermReviewItemSchema),
  /** Cards whose term is still in the pack. */
  total: z.number().int().min(0),
  nextDueAt: z.number().int().nullable(),
})
export type TermReviewQueue = z.infer<typeof TermReviewQueueSchema>

export const TermReviewResultSchema = z.object({
  /** False when the card was not due (already rated today). */
  rescheduled: z.boolean(),
  card: TermCardSummarySchema,
})
export type TermReviewResult = z.infer<typeof TermReviewResultSchema>
