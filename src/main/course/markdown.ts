import type MarkdownItLib from 'markdown-it'
import cjkFriendly from 'markdown-it-cjk-friendly'
import { lazyRequire } from '../lazy-require'

/** Loaded when a pack is parsed, not at every start (see lazyRequire). */
const markdownIt = lazyRequire<typeof MarkdownItLib>('markdown-it')

/**
 * Renders chapter prose. Raw HTML is off, so even a missed case is escaped, never injected.
 * CommonMark's flanking rules leave `**(Pod)**는` or `**"증가"**를` unclosed (punctuation before
 * the closing `**`, a Hangul particle after it); the CJK-friendly plugin closes them, so authors
 * never need a space before the particle.
 */
const proseRenderer = lazily(() =>
  new (markdownIt())('default', { html: false, linkify: false, typographer: false }).use(cjkFriendly),
)

/**
 * Parses only to find what the author must fix. HTML is on and every link target is accepted
 * here, because the renderer would silently turn raw HTML or a `file:` link into plain text and
 * the author would never learn that it was dropped.
 */
const lintParser = lazily(() => {
  const parser = new (markdownIt())('default', { html: true, linkify: false })
  parser.validateLink = () => true
  return parser
})

function lazily<T>(make: () => T): () => T {
  let made: T | undefined
  return () => (made ??= make())
}

export type Token = ReturnType<InstanceType<typeof MarkdownItLib>['parse']>[number]

export function parseMarkdown(body: string): Token[] {
  return proseRenderer().parse(body, {})
}

/** Renders a balanced run of block tokens (one prose block) to HTML. */
export function renderTokens(tokens: Token[]): string {
  return proseRenderer().renderer.render(tokens, proseRenderer().options, {})
}

export interface InlineChild {
  token: Token
  /** 0-based line in the parsed body. */
  line: number
}

/** Every inline token (text, link, image, html_inline, …) with its own line. */
export function inlineChildren(tokens: readonly Token[]): InlineChild[] {
  const out: InlineChild[] = []
  let blockLine = 0
  for (const token of tokens) {
    if (token.map) blockLine = token.map[0]
    if (token.type !== 'inline' || !token.children) continue
    // Inline tokens carry no map of their own: count line breaks from the block's first line.
    let line = blockLine
    for (const child of token.children) {
      out.push({ token: child, line })
      if (child.type === 'softbreak' || child.type === 'hardbreak') line += 1
    }
  }
  return out
}

/** Something in the Markdown the format does not allow, found by the lint parse. */
export type MarkdownFinding =
  | { kind: 'html'; line: number; snippet: string }
  | { kind: 'link'; line: number; href: string }
  | { kind: 'image'; line: number }

/** Raw HTML, links and images, each with its 0-based body line, in line order. */
export function lintMarkdown(body: string): MarkdownFinding[] {
  const tokens = lintParser().parse(body, {})
  const found: MarkdownFinding[] = []
  for (const token of tokens) {
    if (token.type === 'html_block' && token.map) {
      found.push({ kind: 'html', line: token.map[0], snippet: snippetOf(token.content) })
    }
  }
  for (const { token, line } of inlineChildren(tokens)) {
    if (token.type === 'html_inline') found.push({ kind: 'html', line, snippet: snippetOf(token.content) })
    else if (token.type === 'link_open') found.push({ kind: 'link', line, href: String(token.attrGet('href') ?? '') })
    else if (token.type === 'image') found.push({ kind: 'image', line })
  }
  return found.sort((a, b) => a.line - b.line)
}

/** Emphasis markers (`**`, `__`) that stay literal text after rendering: the emphasis never closed. */
const LITERAL_EMPHASIS = /\*\*|__/

/**
 * 0-based body lines where rendered prose still shows `**` or `__` as text (code spans and
 * fenced code are not prose and are skipped). A learner would see the asterisks.
 */
export function literalEmphasisLines(tokens: readonly Token[]): number[] {
  const lines = new Set<number>()
  for (const { token, line } of inlineChildren(tokens)) {
    if (token.type === 'text' && LITERAL_EMPHASIS.test(token.content)) lines.add(line)
  }
  return [...lines].sort((a, b) => a - b)
}

function snippetOf(html: string): string {
  const first = (html.trim().split('\n')[0] ?? '').trim()
  return first.length > 40 ? `${first.slice(0, 40)}…` : first
}

/** Hangul syllables (가–힣) in a string: the course's measure of lesson length. */
export function countHangul(text: string): number {
  return text.match(/[\uAC00-\uD7A3]/g)?.length ?? 0
}
