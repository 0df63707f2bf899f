import { z } from 'zod'
import { StableIdSchema } from '../ids'

/*
 * The course pack format (docs/COURSE_FORMAT.md) and the shapes the renderer receives.
 * Authoring schemas are .strict() so a misspelt field name is an error, not silently ignored.
 * Rules that span fields of one item (exactly one correct option, an ordering answer that is a
 * permutation, …) live here too, as refinements with a path, so the loader can point at the line.
 */

/** Stable kebab-case ASCII id (course, chapter, section, question, option, diagram, term). */
export const IdSchema = StableIdSchema

const Text = z.string().trim().min(1, 'must not be empty')

// ---------------------------------------------------------------------------------------------
// Helpers for refinements

/** The ids that occur more than once, in order of their second occurrence. */
function repeatedIds(ids: readonly string[]): string[] {
  const seen = new Set<string>()
  const repeated: string[] = []
  for (const id of ids) {
    if (seen.has(id) && !repeated.includes(id)) repeated.push(id)
    seen.add(id)
  }
  return repeated
}

/** Adds one issue per repeated `id` inside a list field, pointing at the repeated element. */
function checkUniqueIds(
  ctx: z.RefinementCtx,
  list: readonly { id: string }[],
  path: (string | number)[],
  what: string,
): void {
  const seen = new Set<string>()
  list.forEach((item, index) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate ${what} id "${item.id}"` })
    seen.add(item.id)
  })
}

const quoteList = (ids: readonly string[]): string => ids.map((id) => `"${id}"`).join(', ')

// ---------------------------------------------------------------------------------------------
// course.yaml

const SemverSchema = z
  .string({ error: 'must be a version string such as 1.0.0 (YAML reads 1.0 as a number: write "1.0.0")' })
  .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be a semver version such as 1.0.0')

export const CourseManifestSchema = z
  .object({
    id: IdSchema,
    title: Text,
    version: SemverSchema,
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as ko'),
    /** File stems under chapters/ (and checkpoints/), in reading order. */
    chapters: z.array(IdSchema).min(1, 'must list at least one chapter'),
    completion: z
      .object({ mastery: z.number().gt(0).max(1).default(0.8) })
      .strict()
      .default({ mastery: 0.8 }),
  })
  .strict()
export type CourseManifest = z.infer<typeof CourseManifestSchema>

// ---------------------------------------------------------------------------------------------
// chapters/NN-slug.md front matter

export const ChapterFrontMatterSchema = z
  .object({
    id: IdSchema,
    title: Text,
    minutes: z.number().int('must be a whole number of minutes').positive('must be at least 1'),
    objectives: z.array(Text).min(2, 'needs 2 to 4 objectives').max(4, 'needs 2 to 4 objectives'),
  })
  .strict()
export type ChapterFrontMatter = z.infer<typeof ChapterFrontMatterSchema>

// ---------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------
// diagrams.yaml

const DiagramBase = { id: IdSchema, title: Text, caption: Text }

/** One layer of a stack. Labels and notes are also the diagram's text alternative. */
export const LayerSchema = z.object({ id: IdSchema, label: Text, en: Text.optional(), note: Text.optional() }).strict()
export type Layer = z.infer<typeof LayerSchema>

const LayersSchema = z.array(LayerSchema).min(1).max(50)

export const LayerStackDiagramSchema = z
  .object({ ...DiagramBase, kind: z.literal('layer-stack'), layers: LayersSchema })
  .strict()
  .superRefine((d, ctx) => checkUniqueIds(ctx, d.layers, ['layers'], 'layer'))

export const ServiceModelSchema = z
  .object({
    id: IdSchema,
    label: Text,
    en: Text.optional(),
    note: Text.optional(),
    /** The layers the USER manages in this model; the provider manages the rest. */
    userManages: z.array(IdSchema).max(50),
  })
  .strict()

export const ResponsibilityMatrixDiagramSchema = z
  .object({
    ...DiagramBase,
    kind: z.literal('responsibility-matrix'),
    layers: LayersSchema,
    models: z.array(ServiceModelSchema).min(1).max(20),
  })
  .strict()
  .superRefine((d, ctx) => {
    checkUniqueIds(ctx, d.layers, ['layers'], 'layer')
    checkUniqueIds(ctx, d.models, ['models'], 'model')
    const layerIds = d.layers.map((l) => l.id)
    d.models.forEach((model, m) => {
      model.userManages.forEach((layerId, i) => {
        if (!layerIds.includes(layerId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['models', m, 'userManages', i],
            message: `unknown layer "${layerId}" in model "${model.id}" (layers: ${quoteList(layerIds)})`,
          })
        }
      })
    })
  })

export const ComparedStackSchema = z
  .object({
    id: IdSchema,
    label: Text,
    layers: LayersSchema,
    traits: z.array(Text).max(20).default([]),
    /** One step of the walk-through: what this stack adds or removes. */
    step: Text,
  })
  .strict()

export const StackComparisonDiagramSchema = z
  .object({
    ...DiagramBase,
    kind: z.literal('stack-comparison'),
    stacks: z.array(ComparedStackSchema).min(2, 'needs at least 2 stacks').max(10),
  })
  .strict()
  .superRefine((d, ctx) => {
    checkUniqueIds(ctx, d.stacks, ['stacks'], 'stack')
    d.stacks.forEach((stack, s) => checkUniqueIds(ctx, stack.layers, ['stacks', s, 'layers'], 'layer'))
  })

export const LadderDiagramSchema = z
  .object({
    ...DiagramBase,
    kind: z.literal('ladder'),
    /** Easiest first. */
    rungs: z
      .array(z.object({ id: IdSchema, label: Text, note: Text.optional() }).strict())
      .min(2)
      .max(20),
  })
  .strict()
  .superRefine((d, ctx) => checkUniqueIds(ctx, d.rungs, ['rungs'], 'rung'))

export const DiagramSchema = z.discriminatedUnion('kind', [
  LayerStackDiagramSchema,
  ResponsibilityMatrixDiagramSchema,
  StackComparisonDiagramSchema,
  LadderDiagramSchema,
])
export type Diagram = z.infer<typeof DiagramSchema>
export type DiagramKind = Diagram['kind']

// ---------------------------------------------------------------------------------------------
// glossary.yaml

export const GlossaryEntrySchema = z
  .object({
    id: IdSchema,
    ko: Text,
    en: Text,
    /** Extra spellings, used by search. */
    aliases: z.array(Text).max(20).optional(),
    definition: Text,
    /** Id of the chapter that teaches the term. */
    chapter: IdSchema,
  })
  .strict()
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>

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
