import type { GlossaryEntry } from '../../shared/course/schema'

/*
 * Marks glossary terms in a chapter's rendered prose: the first occurrence of each term in a
 * section becomes `<span data-term="id">…</span>`, which the renderer turns into a term with a
 * popover. It works on markdown-it's output (raw HTML off, so every `<` in text is escaped and
 * the markup is only the tags that `isSafeProseHtml` allows) and runs once per pack assembly.
 */

/** One spelling of a term: Korean, English or an alias. */
interface TermForm {
  termId: string
  /** As it appears in escaped HTML text (`&` → `&amp;`, …). */
  text: string
}

export interface TermMatcher {
  /** Longest first, so "컨테이너 가상화" wins over "컨테이너" at the same place. */
  forms: readonly TermForm[]
}

/**
 * What may follow a term inside the same word: Korean particles and endings (컨테이너가,
 * 런타임이라는, VM들은). Anything else attached (컨테이너화) makes it a longer word, not the term.
 */
// prettier-ignore
const BASE_PARTICLES = [
  '가', '이', '은', '는', '을', '를', '의', '에', '에서', '에게', '에는', '에도', '에서는', '에서도', '에서의',
  '와', '과', '와는', '과는', '와의', '과의', '와도', '과도', '로', '으로', '로는', '으로는', '로도', '으로도',
  '로서', '으로서', '로써', '으로써', '도', '만', '만으로', '까지', '부터', '처럼', '보다', '보다는', '마다',
  '만큼', '조차', '뿐', '랑', '이랑', '나', '이나', '라는', '이라는', '란', '이란', '라고', '이라고', '라면',
  '이라면', '인', '이며', '이고', '이다', '입니다', '이지만', '예요', '이에요', '이죠', '였다', '이었다', '이자',
]
const PARTICLES = new Set([...BASE_PARTICLES, '들', ...BASE_PARTICLES.map((p) => `들${p}`)])

const WORD_CHAR = /[\p{L}\p{N}]/u
const HANGUL_RUN = /^[\uAC00-\uD7A3]+/
/** Inline tags: text on either side belongs to the same line of prose. Any other tag separates. */
const INLINE_TAGS = new Set(['strong', 'em', 's', 'a', 'code', 'span'])
/** Text inside these is never marked: headings name, code is literal, a link already leads somewhere. */
const SKIP_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'a'])

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Every spelling of every entry, longest first. Latin letters match exactly as written: the
 * course writes English terms as names (Pod, Service), and "service" in a sentence is not one. An
 * alias that is a part of the entry's own name (이미지 for 컨테이너 이미지, 스위치 for 스위치와
 * 라우터) is a shorthand search understands, but in running text it means too many other things:
 * it is not marked, unless it is an abbreviation (SAN, MSA).
 */
export function buildTermMatcher(entries: readonly GlossaryEntry[]): TermMatcher {
  const forms: TermForm[] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    const names = [entry.ko, entry.en].map((n) => n.normalize('NFC').toLowerCase())
    const aliases = (entry.aliases ?? []).filter((alias) => {
      const lower = alias.normalize('NFC').toLowerCase()
      return /^[A-Z0-9]{2,6}$/.test(alias) || !names.some((name) => name !== lower && name.includes(lower))
    })
    for (const raw of [entry.ko, entry.en, ...aliases]) {
      const text = escapeHtml(raw.normalize('NFC').trim())
      // A spelling two entries share would mark one of them arbitrarily: the first entry keeps it.
      if (!text || seen.has(text)) continue
      seen.add(text)
      forms.push({ termId: entry.id, text })
    }
  }
  forms.sort((a, b) => b.text.length - a.text.length)
  return { forms }
}

/** Does what follows a term (the rest of the line of prose) end the word there? */
function endsWord(after: string): boolean {
  const next = after[0]
  if (next === undefined || !WORD_CHAR.test(next)) return true
  const run = HANGUL_RUN.exec(after)?.[0]
  if (!run) return false
  const rest = after[run.length]
  return PARTICLES.has(run) && (rest === undefined || !WORD_CHAR.test(rest))
}

interface Part {
  kind: 'tag' | 'text'
  html: string
  /** Offset of a text part in the block's line text (texts joined, a break at block tags). */
  at: number
  /** For text: inside a heading, code or a link. */
  skipped: boolean
}

function splitHtml(html: string): { parts: Part[]; line: string } {
  const parts: Part[] = []
  let line = ''
  let skipDepth = 0
  for (const piece of html.split(/(<[^>]*>)/)) {
    if (!piece) continue
    if (piece.startsWith('<')) {
      const [, closing, name = ''] = /^<(\/?)([a-z0-9]+)/.exec(piece) ?? []
      if (SKIP_TAGS.has(name)) skipDepth += closing ? -1 : 1
      if (!INLINE_TAGS.has(name)) line += '\n'
      parts.push({ kind: 'tag', html: piece, at: line.length, skipped: false })
    } else {
      parts.push({ kind: 'text', html: piece, at: line.length, skipped: skipDepth > 0 })
      line += piece
    }
  }
  return { parts, line }
}

/**
 * Marks the first occurrence of each term in one section's prose blocks (HTML strings, in order).
 * `marked` holds the terms already marked in this section and is updated.
 */
export function markTermsInBlock(html: string, matcher: TermMatcher, marked: Set<string>): string {
  const { parts, line } = splitHtml(html)
  let out = ''
  for (const part of parts) {
    if (part.kind === 'tag' || part.skipped) {
      out += part.html
      continue
    }
    let copied = 0
    const end = part.at + part.html.length
    for (let i = part.at; i < end; i++) {
      const before = line[i - 1]
      if (before !== undefined && WORD_CHAR.test(before)) continue
      const form = matcher.forms.find(
        (f) =>
          i + f.text.length <= end &&
          line.startsWith(f.text, i) &&
          endsWord(line.slice(i + f.text.length, i + f.text.length + 8)),
      )
      if (!form) continue
      // A term already marked in this section is passed over whole, so the shorter terms inside
      // it (호스트 OS → OS) are not marked in its place.
      if (!marked.has(form.termId)) {
        const from = i - part.at
        const to = from + form.text.length
        out += `${part.html.slice(copied, from)}<span data-term="${form.termId}">${part.html.slice(from, to)}</span>`
        copied = to
        marked.add(form.termId)
      }
      i += form.text.length - 1
    }
    out += part.html.slice(copied)
  }
  return out
}

/** A section's prose blocks with their first occurrences marked; other blocks as they were. */
export function markTermsInSection<B extends { kind: string; html?: string }>(
  blocks: readonly B[],
  matcher: TermMatcher,
): B[] {
  const marked = new Set<string>()
  return blocks.map((block) =>
    block.kind === 'prose' && typeof block.html === 'string'
      ? { ...block, html: markTermsInBlock(block.html, matcher, marked) }
      : block,
  )
}
