import { z } from 'zod'
import { PublicQuestionSchema } from './course/schema'
import { StableIdSchema } from './ids'
import { ChapterStateSchema } from './progress'

/** One question of the course's final check, with the chapter section that teaches it. */
export const FinalCheckItemSchema = z.object({
  /** Options in the order of the learner's current attempt (each answer recorded reshuffles). */
  question: PublicQuestionSchema,
  chapterId: StableIdSchema,
  chapterTitle: z.string(),
  sectionId: StableIdSchema,
  sectionTitle: z.string(),
})
export type FinalCheckItem = z.infer<typeof FinalCheckItemSchema>

/**
 * The final check as the learner finds it: its questions in file order (none when the pack has no
 * final-check.yaml), half-finished answers and the latest results, as on a chapter page.
 */
export const FinalCheckSchema = ChapterStateSchema.pick({ drafts: true, results: true }).extend({
  items: z.array(FinalCheckItemSchema),
})
export type FinalCheck = z.infer<typeof FinalCheckSchema>
