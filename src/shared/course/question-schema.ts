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

export const SingleQuestionSchema = z
  .object({ ...QuestionBase, type: z.literal('single'), options: OptionsSchema })
  .strict()
  .superRefine((q, ctx) => {
    checkUniqueIds(ctx, q.options, ['options'], 'option')
    const correct = q.options.filter((o) => o.correct).length
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a single question needs exactly one correct option (found ${correct})`,
      })
    }
  })

export const MultipleQuestionSchema = z
  .object({ ...QuestionBase, type: z.literal('multiple'), options: OptionsSchema })
  .strict()
  .superRefine((q, ctx) => {
    checkUniqueIds(ctx, q.options, ['options'], 'option')
    if (!q.options.some((o) => o.correct)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'a multiple question needs at least one correct option',
      })
    }
  })

export const TrueFalseQuestionSchema = z
  .object({
    ...QuestionBase,
    type: z.literal('truefalse'),
    answer: z.boolean(),
    /** Keyed by the side the learner picks: why "true" and why "false" are right or wrong. */
    explanations: z.object({ true: Text, false: Text }).strict(),
  })
  .strict()

export const OrderingQuestionSchema = z
  .object({
    ...QuestionBase,
    type: z.literal('ordering'),
    items: z.array(ExplainedItemSchema).min(2, 'needs at least 2 items').max(50),
    /** Item ids in the correct order. */
    answer: z.array(IdSchema),
  })
  .strict()
  .superRefine((q, ctx) => {
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
  })

export const MatchingQuestionSchema = z
  .object({
    ...QuestionBase,
    type: z.literal('matching'),
    left: z.array(ExplainedItemSchema).min(2, 'needs at least 2 left items').max(50),
    choices: z.array(PlainItemSchema).min(2, 'needs at least 2 choices').max(50),
    /** Left item id → choice id. */
    answer: z.record(IdSchema, IdSchema),
  })
  .strict()
  .superRefine((q, ctx) => {
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
  })

export const QuestionSchema = z.discriminatedUnion('type', [
  SingleQuestionSchema,
  MultipleQuestionSchema,
  TrueFalseQuestionSchema,
  OrderingQuestionSchema,
  MatchingQuestionSchema,
])
export type Question = z.infer<typeof QuestionSchema>
export type QuestionType = Question['type']
