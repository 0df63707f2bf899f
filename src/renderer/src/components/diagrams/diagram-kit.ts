import type { ComparedLayer, Diagram } from '../../../../shared/course/schema'

/** The diagram of one kind, e.g. `DiagramOf<'ladder'>`. */
export type DiagramOf<K extends Diagram['kind']> = Extract<Diagram, { kind: K }>
export type LayerStackDiagram = DiagramOf<'layer-stack'>
export type MatrixDiagram = DiagramOf<'responsibility-matrix'>
export type ComparisonDiagram = DiagramOf<'stack-comparison'>
export type LadderDiagram = DiagramOf<'ladder'>

export type ManagedBy = 'user' | 'provider'

/** A remembered step can be stale (the pack changed): keep it inside 0…count-1. */
export function clampIndex(index: number, count: number): number {
  if (!Number.isFinite(index) || count <= 0) return 0
  return Math.min(Math.max(Math.trunc(index), 0), count - 1)
}

/** Who manages each layer of a matrix diagram in one model, top first. */
export function managedByForModel(diagram: MatrixDiagram, modelIndex: number): ManagedBy[] {
  const model = diagram.models[clampIndex(modelIndex, diagram.models.length)]
  const user = new Set(model?.userManages ?? [])
  return diagram.layers.map((layer) => (user.has(layer.id) ? 'user' : 'provider'))
}

export interface StackDiff {
  removed: ComparedLayer[]
  added: ComparedLayer[]
}

/**
 * The layers the stack at `index` removes from / adds to the previous stack, matched by layer
 * id: a layer whose label is reworded from one stack to the next (App A → "App A와 라이브러리")
 * is the same layer, not one removed and one added.
 */
export function stackDiff(diagram: ComparisonDiagram, index: number): StackDiff {
  const current = diagram.stacks[index]
  const previous = diagram.stacks[index - 1]
  if (!current || !previous) return { removed: [], added: [] }
  const before = new Set(previous.layers.map((l) => l.id))
  const after = new Set(current.layers.map((l) => l.id))
  return {
    removed: previous.layers.filter((l) => !after.has(l.id)),
    added: current.layers.filter((l) => !before.has(l.id)),
  }
}

/** A stack's layers as drawn: one row per layer, except that `beside` layers join the row above. */
export function layerRows<L extends { beside?: boolean | undefined }>(layers: readonly L[]): L[][] {
  const rows: L[][] = []
  for (const layer of layers) {
    const last = rows[rows.length - 1]
    if (layer.beside && last) last.push(layer)
    else rows.push([layer])
  }
  return rows
}

/** "어플리케이션 (Application)"; the English name only when it adds something. */
export function withEnglish(item: { label: string; en?: string | undefined }): string {
  return item.en && item.en !== item.label ? `${item.label} (${item.en})` : item.label
}

/**
 * Where an arrow/Home/End key moves a selection among `count` items, or null for other keys.
 * A handled key is consumed here (preventDefault + stopPropagation) so the chapter page's
 * ArrowLeft/ArrowRight chapter navigation does not also fire. ArrowDown moves to the next item,
 * as in a list read top to bottom, unless `upIsNext`: in a picture that rises with each item
 * (a staircase), ArrowUp climbs to the next one.
 */
export function indexForKey(
  event: KeyboardEvent,
  current: number,
  count: number,
  wrap: boolean,
  upIsNext = false,
): number | null {
  if (event.altKey || event.ctrlKey || event.metaKey || count <= 0) return null
  const forward = ['ArrowRight', upIsNext ? 'ArrowUp' : 'ArrowDown']
  const backward = ['ArrowLeft', upIsNext ? 'ArrowDown' : 'ArrowUp']
  let next: number
  switch (event.key) {
    case forward[0]:
    case forward[1]:
      next = current + 1 < count ? current + 1 : wrap ? 0 : current
      break
    case backward[0]:
    case backward[1]:
      next = current > 0 ? current - 1 : wrap ? count - 1 : current
      break
    case 'Home':
      next = 0
      break
    case 'End':
      next = count - 1
      break
    default:
      return null
  }
  event.preventDefault()
  event.stopPropagation()
  return next
}
