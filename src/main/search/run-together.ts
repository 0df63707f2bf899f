import type { TermIndex } from './term-index'

/** Parts shorter than this would match the start of too many words (점, 망) to mean anything. */
const MIN_PART = 2
const MAX_PARTS = 3

/** Every way to cut `chars` into `parts` pieces of at least MIN_PART characters. */
function* cuts(chars: string[], parts: number): Generator<string[]> {
  if (parts === 1) {
    if (chars.length >= MIN_PART) yield [chars.join('')]
    return
  }
  for (let i = MIN_PART; chars.length - i >= MIN_PART * (parts - 1); i++) {
    const head = chars.slice(0, i).join('')
    for (const rest of cuts(chars.slice(i), parts - 1)) yield [head, ...rest]
  }
}

/** Whether some document holds every part. */
function together(terms: TermIndex, parts: readonly string[]): boolean {
  let common: Set<number> | null = null
  for (const part of parts) {
    const docs: number[] = terms.match(part).docs
    const next: Set<number> = new Set(common ? docs.filter((d) => common?.has(d)) : docs)
    if (next.size === 0) return false
    common = next
  }
  return true
}

/**
 * A word typed without the spaces the text has (`쿠버네티스단점` for `쿠버네티스의 단점`) as the
 * words it runs together, or null. Only for a word the index does not know: the fewest parts that
 * the index knows and some document holds together, the most even cut first.
 */
export function splitRunTogether(terms: TermIndex, word: string): string[] | null {
  const chars = [...word]
  for (let parts = 2; parts <= MAX_PARTS && chars.length >= MIN_PART * parts; parts++) {
    const known = [...cuts(chars, parts)]
      .filter((cut) => cut.every((part) => terms.knows(part)))
      .sort((a, b) => Math.min(...b.map((p) => p.length)) - Math.min(...a.map((p) => p.length)))
    const found = known.find((cut) => together(terms, cut))
    if (found) return found
  }
  return null
}
