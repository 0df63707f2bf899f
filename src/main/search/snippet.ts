import type { Snippet } from '../../shared/search/search-schema'

/**
 * A short excerpt of `text` around the first hit of any term, as runs marking every hit, so the
 * learner sees why a result matched.
 */
export function makeSnippet(text: string, terms: readonly string[], before = 30, after = 90): Snippet {
  const lower = text.toLowerCase()
  const needles = [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length)
  let first = -1
  for (const n of needles) {
    const at = lower.indexOf(n)
    if (at !== -1 && (first === -1 || at < first)) first = at
  }
  const start = first === -1 ? 0 : Math.max(0, first - before)
  const end = Math.min(text.length, (first === -1 ? 0 : first) + after)
  const runs: Snippet = []
  const push = (t: string, hit: boolean) => {
    if (!t) return
    const last = runs[runs.length - 1]
    if (last && last.hit === hit) last.text += t
    else runs.push({ text: t, hit })
  }
  if (start > 0) push('…', false)
  let i = start
  while (i < end) {
    const n = needles.find((needle) => lower.startsWith(needle, i))
    if (n) {
      push(text.slice(i, i + n.length), true)
      i += n.length
    } else {
      push(text[i] ?? '', false)
      i++
    }
  }
  if (end < text.length) push('…', false)
  return runs
}
