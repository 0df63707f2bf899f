/*
 * The HTML a chapter's prose block may hold: what markdown-it renders from a valid pack (raw HTML
 * off, no images, http(s) and #anchor links only) plus the glossary term spans main adds, checked
 * tag by tag. Used where prose HTML arrives from somewhere other than the renderer in this
 * process: the pack cache on disk (main) and the Trusted Types policy in front of the chapter's
 * `v-html` (renderer).
 */

/** Tags markdown-it's default rules produce, each with the attributes it may carry. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  blockquote: [],
  br: [],
  code: ['class'],
  em: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  li: [],
  ol: ['start'],
  p: [],
  pre: [],
  s: [],
  // A glossary term marked when the pack is assembled (main's mark-terms.ts).
  span: ['data-term'],
  strong: [],
  table: [],
  tbody: [],
  td: ['style'],
  th: ['style'],
  thead: [],
  tr: [],
  ul: [],
}
const VOID = new Set(['br', 'hr'])
/** A bare span means nothing markdown-it or the term marker would write. */
const REQUIRED: Readonly<Record<string, string>> = { span: 'data-term' }

/** `<tag attr="value" …>`, `</tag>` or `<br>`/`<br />`; text between tags has no `<` or `>`. */
const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z-]*="[^"<>]*")*)\s*(\/?)>/y
const ATTR = /\s+([a-z][a-z-]*)="([^"<>]*)"/g
const TEXT = /[^<>]*/y

const VALUE_RULES: Readonly<Record<string, RegExp>> = {
  // Entities cannot smuggle a scheme past these: the prefix is checked as written.
  href: /^(?:https?:\/\/[^\s/]|#)/i,
  class: /^language-\S*$/,
  style: /^text-align:(?:left|center|right)$/,
  start: /^\d{1,9}$/,
  title: /^/,
  'data-term': /^[a-z0-9]+(-[a-z0-9]+)*$/,
}

/**
 * True when `html` is made only of the allowed tags and attributes, properly nested, with
 * escaped text. Anything else — a script, an image, an event handler, a `javascript:` link,
 * a comment — is refused rather than cleaned.
 */
export function isSafeProseHtml(html: string): boolean {
  const open: string[] = []
  let at = 0
  while (at < html.length) {
    TEXT.lastIndex = at
    TEXT.exec(html)
    at = TEXT.lastIndex
    if (at >= html.length) break
    TAG.lastIndex = at
    const tag = TAG.exec(html)
    if (!tag) return false
    at = TAG.lastIndex
    const [, closing, name = '', attrs = '', selfClosing] = tag
    const allowed = ALLOWED[name]
    if (!allowed) return false
    if (closing) {
      if (attrs || selfClosing || open.pop() !== name) return false
      continue
    }
    const seen = new Set<string>()
    for (const [, attr = '', value = ''] of attrs.matchAll(ATTR)) {
      if (!allowed.includes(attr) || seen.has(attr) || !VALUE_RULES[attr]?.test(value)) return false
      seen.add(attr)
    }
    const required = REQUIRED[name]
    if (required && !seen.has(required)) return false
    if (VOID.has(name)) continue
    if (selfClosing) return false
    open.push(name)
  }
  return open.length === 0
}
