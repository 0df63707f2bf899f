import type { Diagram } from '../../../../shared/course/schema'

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

/** Layer labels the stack at `index` removes from / adds to the previous stack (compared by label). */
export function stackDiff(diagram: ComparisonDiagram, index: number): { removed: string[]; added: string[] } {
  const current = diagram.stacks[index]
  const previous = diagram.stacks[index - 1]
  if (!current || !previous) return { removed: [], added: [] }
  const before = previous.layers.map((l) => l.label)
  const after = current.layers.map((l) => l.label)
  return { removed: before.filter((l) => !after.includes(l)), added: after.filter((l) => !before.includes(l)) }
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
