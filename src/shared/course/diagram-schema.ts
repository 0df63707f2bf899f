import { z } from 'zod'
import { IdSchema, Text, checkUniqueIds, quoteList } from './schema-helpers'

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

/**
 * The words a matrix uses when its columns are not service models (e.g. job roles): what the
 * picker chooses, the mark of a layer the column looks after (`user`) and of the rest
 * (`provider`), and the line between them. Without it the app says 사용자/제공자 관리.
 */
export const MatrixWordingSchema = z.object({ picker: Text, user: Text, provider: Text, boundary: Text }).strict()
export type MatrixWording = z.infer<typeof MatrixWordingSchema>

export const ResponsibilityMatrixDiagramSchema = z
  .object({
    ...DiagramBase,
    kind: z.literal('responsibility-matrix'),
    layers: LayersSchema,
    models: z.array(ServiceModelSchema).min(1).max(20),
    wording: MatrixWordingSchema.optional(),
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

/** A layer of a compared stack; `beside: true` draws it in the same row as the layer before it. */
export const ComparedLayerSchema = LayerSchema.extend({ beside: z.boolean().optional() }).strict()
export type ComparedLayer = z.infer<typeof ComparedLayerSchema>

export const ComparedStackSchema = z
  .object({
    id: IdSchema,
    label: Text,
    layers: z.array(ComparedLayerSchema).min(1).max(50),
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
    d.stacks.forEach((stack, s) => {
      checkUniqueIds(ctx, stack.layers, ['stacks', s, 'layers'], 'layer')
      if (stack.layers[0]?.beside) {
        ctx.addIssue({
          code: 'custom',
          path: ['stacks', s, 'layers', 0, 'beside'],
          message: `the first layer of stack "${stack.id}" has nothing to stand beside`,
        })
      }
    })
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
