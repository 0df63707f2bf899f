import type { Diagram } from '../../../../shared/course/schema'
import { diagramsEn, diagramsKo } from '../../i18n/diagrams'
import { layerRows, managedByForModel, withEnglish } from './diagram-kit'

/*
 * The text alternative of a diagram, generated from the same data as the drawing: a table
 * (first column = row headers) plus optional notes, and a one-sentence summary. Pure, so it is
 * tested without mounting anything.
 */

/** vue-i18n's `t` (or any function with the same shape) for the `diagrams.*` keys. */
export type Translate = (key: string, named: Record<string, unknown>) => string

export interface TextRow {
  /** Stable key for rendering (layer, stack or rung id). */
  key: string
  /** The row header (first column). */
  header: string
  cells: string[]
}

export interface TextAlternative {
  /** Column headers, including the row-header column. */
  columns: string[]
  rows: TextRow[]
  /** Extra term/description pairs (e.g. what each service model means). */
  notes: { term: string; text: string }[]
}

export function diagramTextRows(diagram: Diagram, t: Translate): TextAlternative {
  const tr = (key: string): string => t(`diagrams.${key}`, {})
  switch (diagram.kind) {
    case 'layer-stack':
      return {
        columns: [tr('table.layer'), tr('table.note')],
        rows: diagram.layers.map((l) => ({ key: l.id, header: withEnglish(l), cells: [l.note ?? ''] })),
        notes: [],
      }
    case 'responsibility-matrix': {
      const marks = diagram.models.map((_, m) => managedByForModel(diagram, m))
      const mark = (who: 'user' | 'provider'): string => diagram.wording?.[who] ?? tr(`managedBy.${who}`)
      return {
        columns: [tr('table.layer'), tr('table.note'), ...diagram.models.map((m) => m.label)],
        rows: diagram.layers.map((l, i) => ({
          key: l.id,
          header: withEnglish(l),
          cells: [l.note ?? '', ...marks.map((byModel) => mark(byModel[i] ?? 'provider'))],
        })),
        notes: diagram.models.map((m) => ({ term: withEnglish(m), text: m.note ?? '' })).filter((n) => n.text),
      }
    }
    case 'stack-comparison':
      return {
        columns: [tr('table.stack'), tr('table.layers'), tr('table.traits'), tr('table.step')],
        rows: diagram.stacks.map((s) => ({
          key: s.id,
          header: s.label,
          // Rows top first; layers drawn side by side in one row are joined by " | ".
          cells: [
            layerRows(s.layers)
              .map((row) => row.map((l) => l.label).join(' | '))
              .join(' / '),
            s.traits.join(' · '),
            s.step,
          ],
        })),
        notes: [],
      }
    case 'ladder':
      return {
        columns: [tr('table.rung'), tr('table.note')],
        rows: diagram.rungs.map((r, i) => ({
          key: r.id,
          header: `${t('diagrams.rung', { n: i + 1 })}: ${r.label}`,
          cells: [r.note ?? ''],
        })),
        notes: [],
      }
  }
}

/**
 * Fills `{name}` placeholders (the summary templates use nothing else). A template with a
 * singular and a plural form (`one | other`, as vue-i18n writes them) picks by `named.count`.
 */
function fill(template: string, named: Record<string, string | number>): string {
  const forms = template.split(' | ')
  if (forms.length === 2) template = (named['count'] === 1 ? forms[0] : forms[1]) ?? template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(named[name] ?? whole))
}

function list(items: string[], locale: 'ko' | 'en'): string {
  return locale === 'en' ? new Intl.ListFormat('en', { type: 'conjunction' }).format(items) : items.join(', ')
}

/** One sentence saying what the diagram shows, in the UI language. */
export function diagramSummary(diagram: Diagram, locale: string): string {
  const lang = locale === 'en' ? 'en' : 'ko'
  const m = lang === 'en' ? diagramsEn : diagramsKo
  const name = (item: { label: string; en?: string | undefined }): string =>
    lang === 'en' ? (item.en ?? item.label) : item.label
  switch (diagram.kind) {
    case 'layer-stack': {
      const top = diagram.layers[0]
      const bottom = diagram.layers[diagram.layers.length - 1]
      return fill(m.summary['layer-stack'], {
        count: diagram.layers.length,
        top: top ? name(top) : '',
        bottom: bottom ? name(bottom) : '',
      })
    }
    case 'responsibility-matrix': {
      const split = diagram.models.map((model, i) =>
        fill(m.splitItem, { model: name(model), n: managedByForModel(diagram, i).filter((w) => w === 'user').length }),
      )
      if (diagram.wording) {
        return fill(m.summary['responsibility-matrix-custom'], {
          count: diagram.layers.length,
          userMark: diagram.wording.user,
          split: list(split, lang),
        })
      }
      return fill(m.summary['responsibility-matrix'], { count: diagram.layers.length, split: list(split, lang) })
    }
    case 'stack-comparison':
      return fill(m.summary['stack-comparison'], {
        count: diagram.stacks.length,
        stacks: list(
          diagram.stacks.map((s) => s.label),
          lang,
        ),
      })
    case 'ladder':
      return fill(m.summary.ladder, {
        count: diagram.rungs.length,
        rungs: list(
          diagram.rungs.map((r) => r.label),
          lang,
        ),
      })
  }
}
