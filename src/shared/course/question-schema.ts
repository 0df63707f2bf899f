import { z } from 'zod'
import { IdSchema, Text, checkUniqueIds, quoteList, repeatedIds } from './schema-helpers'

// checkpoints/NN-slug.yaml

const QuestionBase = {
  id: IdSchema,
  /** The section of the question's own chapter that teaches it; review links go there. */
  section: IdSchema,
  prompt: Text,
}

const ChoiceOptionSchema = z.object({ id: IdSchema, text: Text, correct: z.boolean(), explanation: Text }).strict()
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>

/** An ordering item or a matching left item: it carries the "why" shown after grading. */
const ExplainedItemSchema = z.object({ id: IdSchema, text: Text, explanation: Text }).strict()
const PlainItemSchema = z.object({ id: IdSchema, text: Text }).strict()

const OptionsSchema = z.array(ChoiceOptionSchema).min(2, 'needs at least 2 options').max(50)

type Ctx = z.RefinementCtx
type Options = { options: ChoiceOption[] }
/**
 * A refinement written for the fields it reads, applied to a schema whose full type is generic in
 * `questionSchema` (TypeScript cannot see those fields through the generic; zod has parsed them).
 */
const refinement = <T>(check: (q: T, ctx: Ctx) => void) => check as (q: unknown, ctx: Ctx) => void

function checkSingle(q: Options, ctx: Ctx): void {
  checkUniqueIds(ctx, q.options, ['options'], 'option')
  const correct = q.options.filter((o) => o.correct).length
  if (correct !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `a single question needs exactly one correct option (found ${correct})`,
    })
  }
}

function checkMultiple(q: Options, ctx: Ctx): void {
  checkUniqueIds(ctx, q.options, ['options'], 'option')
  if (!q.options.some((o) => o.correct)) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: 'a multiple question needs at least one correct option',
    })
  }
}

function checkOrdering(q: { items: { id: string }[]; answer: string[] }, ctx: Ctx): void {
  checkUniqueIds(ctx, q.items, ['items'], 'item')
  const itemIds = q.items.map((i) => i.id)
  const unknown = q.answer.filter((id) => !itemIds.includes(id))
  const missing = itemIds.filter((id) => !q.answer.includes(id))
  const repeated = repeatedIds(q.answer)
  if (unknown.length + missing.length + repeated.length > 0) {
    const parts = [
      missing.length > 0 ? `missing ${quoteList(missing)}` : '',
      unknown.length > 0 ? `unknown ${quoteList(unknown)}` : '',
      repeated.length > 0 ? `repeated ${quoteList(repeated)}` : '',
    ].filter(Boolean)
    ctx.addIssue({
      code: 'custom',
      path: ['answer'],
      message: `the answer must be a permutation of the item ids (${parts.join('; ')})`,
    })
  }
}

function checkMatching(
  q: { left: { id: string }[]; choices: { id: string }[]; answer: Record<string, string> },
  ctx: Ctx,
): void {
  checkUniqueIds(ctx, q.left, ['left'], 'left item')
  checkUniqueIds(ctx, q.choices, ['choices'], 'choice')
  const leftIds = q.left.map((l) => l.id)
  const choiceIds = q.choices.map((c) => c.id)
  for (const [leftId, choiceId] of Object.entries(q.answer)) {
    if (!leftIds.includes(leftId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer', leftId],
        message: `unknown left item "${leftId}" (left items: ${quoteList(leftIds)})`,
      })
    } else if (!choiceIds.includes(choiceId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer', leftId],
        message: `unknown choice "${choiceId}" (choices: ${quoteList(choiceIds)})`,
      })
    }
  }
  const unmatched = leftIds.filter((id) => !(id in q.answer))
  if (unmatched.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['answer'],
      message: `the answer has no match for left item(s) ${quoteList(unmatched)}`,
    })
  }
}

/**
 * The five question types, each with the fields of `extra` too: a chapter's checkpoints have none,
 * a final-check question names its chapter. Built by one function so both lists share every rule.
 */
function questionSchema<E extends z.ZodRawShape>(extra: E) {
  const base = { ...QuestionBase, ...extra }
  return z.discriminatedUnion('type', [
    z
      .object({ ...base, type: z.literal('single'), options: OptionsSchema })
      .strict()
      .superRefine(refinement(checkSingle)),
    z
      .object({ ...base, type: z.literal('multiple'), options: OptionsSchema })
      .strict()
      .superRefine(refinement(checkMultiple)),
    z
      .object({
        ...base,
        type: z.literal('truefalse'),
        answer: z.boolean(),
        /** Keyed by the side the learner picks: why "true" and why "false" are right or wrong. */
        explanations: z.object({ true: Text, false: Text }).strict(),
      })
      .strict(),
    z
      .object({
        ...base,
        type: z.literal('ordering'),
        items: z.array(ExplainedItemSchema).min(2, 'needs at least 2 items').max(50),
        /** Item ids in the correct order. */
        answer: z.array(IdSchema),
      })
      .strict()
      .superRefine(refinement(checkOrdering)),
    z
      .object({
        ...base,
        type: z.literal('matching'),
        left: z.array(ExplainedItemSchema).min(2, 'needs at least 2 left items').max(50),
        choices: z.array(PlainItemSchema).min(2, 'needs at least 2 choices').max(50),
        /** Left item id → choice id. */
        answer: z.record(IdSchema, IdSchema),
      })
      .strict()
      .superRefine(refinement(checkMatching)),
  ])
}

/** A question of checkpoints/NN-slug.yaml. */
export const QuestionSchema = questionSchema({})
export type Question = z.infer<typeof QuestionSchema>
export type QuestionType = Question['type']

/**
 * A question of final-check.yaml: a checkpoint question plus the chapter whose `section` teaches
 * it (its attempts count for that chapter's stats and review, never for its completion).
 */
export const FinalCheckQuestionSchema = questionSchema({ chapter: IdSchema })
export type FinalCheckQuestion = z.infer<typeof FinalCheckQuestionSchema>
