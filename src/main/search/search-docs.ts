import type { Block, ChapterContent, Diagram } from '../../shared/course/schema'
import type { SearchKind } from '../../shared/search/search-schema'
import type { LoadedPack } from '../course/pack-types'

/** One searchable thing, pointing at the section that teaches it. */
export interface SearchDoc {
  kind: SearchKind
  id: string
  chapterId: string
  sectionId: string
  title: string
  body: string
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/** Elements that sit inside a line of text: their tags go without a trace ("**가상화**는" → "가상화는"). */
const INLINE_TAGS = new Set([
  'a',
  'b',
  'code',
  'del',
  'em',
  'i',
  'kbd',
  'mark',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
])

/**
 * Plain text of markdown-it's HTML (which escapes only these five characters). Block tags
 * (paragraphs, list items, table cells, line breaks) separate words; inline tags do not.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g, (_tag, name: string) =>
      INLINE_TAGS.has(name.toLowerCase()) ? '' : ' ',
    )
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\s+/g, ' ')
    .trim()
}

/** Every label, note and caption of a diagram, for search and for its text alternative. */
export function diagramText(diagram: Diagram): string {
  const parts: string[] = [diagram.title, diagram.caption]
  const layer = (l: { label: string; en?: string | undefined; note?: string | undefined }) =>
    parts.push(l.label, l.en ?? '', l.note ?? '')
  switch (diagram.kind) {
    case 'layer-stack':
      diagram.layers.forEach(layer)
      break
    case 'responsibility-matrix':
      diagram.layers.forEach(layer)
      diagram.models.forEach(layer)
      break
    case 'stack-comparison':
      for (const s of diagram.stacks) {
        parts.push(s.label, s.step, ...s.traits)
        s.layers.forEach(layer)
      }
      break
    case 'ladder':
      diagram.rungs.forEach(layer)
      break
  }
  return parts.filter(Boolean).join(' ')
}

const sectionOf = (chapter: ChapterContent, match: (b: Block) => boolean) =>
  chapter.sections.find((s) => s.blocks.some(match))?.id ?? chapter.sections[0]?.id ?? ''

/** The pack's sections, questions, diagrams and glossary as search documents. */
export function packSearchDocs(pack: LoadedPack): SearchDoc[] {
  const docs: SearchDoc[] = []
  for (const chapter of pack.chapters.values()) {
    for (const section of chapter.sections) {
      const prose = section.blocks.map((b) => (b.kind === 'prose' ? htmlToText(b.html) : '')).join(' ')
      docs.push({
        kind: 'section',
        id: section.id,
        chapterId: chapter.id,
        sectionId: section.id,
        title: section.title,
        body: prose,
      })
    }
    for (const diagram of chapter.diagrams) {
      const sectionId = sectionOf(chapter, (b) => b.kind === 'diagram' && b.diagramId === diagram.id)
      docs.push({
        kind: 'diagram',
        id: diagram.id,
        chapterId: chapter.id,
        sectionId,
        title: diagram.title,
        body: diagramText(diagram),
      })
    }
  }
  for (const q of pack.questions.values()) {
    const texts: string[] = [q.prompt]
    if (q.type === 'single' || q.type === 'multiple') q.options.forEach((o) => texts.push(o.text))
    if (q.type === 'ordering') q.items.forEach((i) => texts.push(i.text))
    if (q.type === 'matching') [...q.left, ...q.choices].forEach((i) => texts.push(i.text))
    docs.push({
      kind: 'question',
      id: q.id,
      chapterId: q.chapterId,
      sectionId: q.section,
      title: q.prompt,
      body: texts.join(' '),
    })
  }
  for (const entry of pack.glossary) {
    const chapter = pack.chapters.get(entry.chapter)
    if (!chapter) continue
    // The glossary entry points at the section that teaches the term: one titled with it, else
    // the one that uses it most.
    const count = (html: string) => html.split(entry.ko).length - 1
    const uses =
      chapter.sections.find((s) => s.title.includes(entry.ko)) ??
      [...chapter.sections]
        .map((s) => ({ s, n: s.blocks.reduce((sum, b) => sum + (b.kind === 'prose' ? count(b.html) : 0), 0) }))
        .filter((x) => x.n > 0)
        .sort((a, b) => b.n - a.n)[0]?.s
    const names = [entry.ko, entry.en, ...(entry.aliases ?? [])].join(' ')
    docs.push({
      kind: 'glossary',
      id: entry.id,
      chapterId: chapter.id,
      sectionId: uses?.id ?? chapter.sections[0]?.id ?? '',
      title: `${entry.ko} (${entry.en})`,
      body: `${names} ${entry.definition}`,
    })
  }
  return docs
}
