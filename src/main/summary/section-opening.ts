import type { Section } from '../../shared/course/schema'
import { htmlToText } from '../search/search-docs'

/** How a section opens, as plain text: its first paragraph, or the list it starts with. */
export interface SectionOpening {
  /** The first paragraph ('' when the section opens with a list or has no paragraph). */
  lead: string
  /** The top-level items of the list the section opens with (empty otherwise). */
  points: string[]
}

const TAG = /<(\/?)([a-z][a-z0-9]*)[^>]*>/g

/** The top-level `<li>` contents of the list that `html` starts with. */
function listItems(html: string): string[] {
  const items: string[] = []
  let depth = 0
  let itemStart = -1
  for (const match of html.matchAll(TAG)) {
    const [, closing, name] = match
    const at = match.index
    if (name === 'ul' || name === 'ol') {
      depth += closing ? -1 : 1
      if (depth === 0) break
    } else if (name === 'li' && depth === 1) {
      if (!closing) itemStart = at + match[0].length
      else if (itemStart >= 0) {
        items.push(htmlToText(html.slice(itemStart, at)))
        itemStart = -1
      }
    }
  }
  return items.filter(Boolean)
}

/**
 * The opening of a section's prose (markdown-it HTML, checked when the pack loaded). A chapter's
 * closing summary is a list of key points, so a section that opens with a list gives its items.
 */
export function sectionOpening(section: Section): SectionOpening {
  const prose = section.blocks.flatMap((b) => (b.kind === 'prose' ? [b.html] : []))
  const first = (prose[0] ?? '').trimStart()
  if (/^<(ul|ol)[\s>]/.test(first)) return { lead: '', points: listItems(first) }
  for (const html of prose) {
    const paragraph = /<p>([\s\S]*?)<\/p>/.exec(html)
    if (paragraph) return { lead: htmlToText(paragraph[1] ?? ''), points: [] }
  }
  return { lead: '', points: [] }
}

/** The first sentence of a text: up to the first . ! ? followed by a space (all of it when none). */
export function firstSentence(text: string): string {
  const end = /[.!?。](?=\s)/.exec(text)
  return end ? text.slice(0, end.index + 1) : text
}

/** A line of context for a section: the first sentence of its opening. */
export function sectionFirstLine(section: Section): string {
  const { lead, points } = sectionOpening(section)
  return firstSentence(lead || points[0] || '')
}
