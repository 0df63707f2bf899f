import { normalizeForSearch, stripParticle } from '../../shared/search/normalize'
import type { DocScores } from './doc-scores'
import { buildTypoVocabulary } from './fuzzy'
import type { SearchDoc } from './search-docs'

/** BM25's usual constants (also SQLite FTS5's). */
const K1 = 1.2
const B = 0.75
/** A hit in a title counts this many hits in a body. */
const TITLE_WEIGHT = 4
/** Forms shorter than this match the start of a word; longer ones any part of one. */
export const SUBSTRING_MIN = 3

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu
const INNER_SEPARATOR = /[^\p{L}\p{N}]+/u

/** Documents matching one form of a word: parallel arrays of document numbers and weighted hits. */
export interface Matches {
  docs: number[]
  freqs: number[]
}

interface Posting {
  doc: number
  freq: number
}

const trigrams = (text: string): string[] => {
  const chars = [...text]
  const grams: string[] = []
  for (let i = 0; i + 3 <= chars.length; i++) grams.push(chars.slice(i, i + 3).join(''))
  return grams
}

/**
 * Words of a normalised text, without the punctuation around them (`(컨테이너),` → `컨테이너`):
 * how both the documents and the queries are split.
 */
export const wordsOf = (text: string): string[] =>
  text
    .split(' ')
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean)

/**
 * An in-memory index of a course's search documents, built from the pack (never stored: it takes
 * milliseconds for a pack and cannot go stale or be damaged on disk). Korean attaches particles to
 * words (`컨테이너가`, `컨테이너를`), so a query form of 3+ characters matches every indexed word
 * that contains it, found through a trigram table of the vocabulary rather than a scan; shorter
 * forms (`망`, `장점`) match the start of a word or of its parts. Scores are BM25 over the weighted
 * hits of title and body, computed here in one pass per form.
 */
export function buildTermIndex(docs: readonly SearchDoc[]) {
  const termIds = new Map<string, number>()
  const terms: string[] = []
  const postings: Posting[][] = []
  const docLength = new Float64Array(docs.length)
  /** Each document's normalised `title body`, for phrases of several words. */
  const texts: string[] = []

  docs.forEach((doc, d) => {
    const title = normalizeForSearch(doc.title)
    const body = normalizeForSearch(doc.body)
    texts.push(`${title} ${body}`)
    docLength[d] = title.length + body.length
    const hits = new Map<number, number>()
    const count = (text: string, weight: number) => {
      for (const word of wordsOf(text)) {
        let id = termIds.get(word)
        if (id === undefined) {
          id = terms.length
          termIds.set(word, id)
          terms.push(word)
          postings.push([])
        }
        hits.set(id, (hits.get(id) ?? 0) + weight)
      }
    }
    count(title, TITLE_WEIGHT)
    count(body, 1)
    for (const [id, freq] of hits) postings[id]?.push({ doc: d, freq })
  })

  const gramTerms = new Map<string, number[]>()
  terms.forEach((term, id) => {
    for (const gram of new Set(trigrams(term))) {
      const list = gramTerms.get(gram)
      if (list) list.push(id)
      else gramTerms.set(gram, [id])
    }
  })
  // Every part of every word (`on-premises` → `on`, `premises`), sorted, for prefix lookups.
  const parts = terms
    .flatMap((term, id) => [...new Set(term.split(INNER_SEPARATOR))].filter(Boolean).map((part) => ({ part, id })))
    .sort((a, b) => (a.part < b.part ? -1 : a.part > b.part ? 1 : a.id - b.id))
  const avgLength = docs.length ? docLength.reduce((s, n) => s + n, 0) / docs.length : 1
  // Words as a learner would type them, for typos and suggestions: every part, and its stem when a
  // particle is attached (`라이선스가` → `라이선스`), with how many documents hold it.
  const wordDocs = new Map<string, number>()
  for (const { part, id } of parts) {
    const n = postings[id]?.length ?? 0
    for (const word of [part, stripParticle(part)]) if (word) wordDocs.set(word, (wordDocs.get(word) ?? 0) + n)
  }
  const typos = buildTypoVocabulary([...wordDocs].map(([word, n]) => ({ word, docs: n })))

  /** Ids of the words a form matches: containing it (3+ characters) or starting with it. */
  function termsMatching(form: string): number[] {
    if ([...form].length >= SUBSTRING_MIN) {
      let fewest: number[] | undefined
      for (const gram of trigrams(form)) {
        const list = gramTerms.get(gram)
        if (!list) return []
        if (!fewest || list.length < fewest.length) fewest = list
      }
      return (fewest ?? []).filter((id) => terms[id]?.includes(form))
    }
    let lo = 0
    let hi = parts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((parts[mid]?.part ?? '') < form) lo = mid + 1
      else hi = mid
    }
    const found = new Set<number>()
    for (let i = lo; i < parts.length && parts[i]?.part.startsWith(form); i++) found.add(parts[i]?.id ?? 0)
    return [...found]
  }

  const scratch = new Float64Array(docs.length)

  return {
    size: docs.length,
    doc: (d: number): SearchDoc | undefined => docs[d],
    text: (d: number): string => texts[d] ?? '',
    typos,

    /** Whether any indexed word holds a form (as `match` would find it), without scoring. */
    knows: (form: string): boolean => termsMatching(form).length > 0,

    /** Every document containing a form (normalised), with its weighted hits. */
    match(form: string): Matches {
      const touched: number[] = []
      for (const id of termsMatching(form)) {
        for (const { doc, freq } of postings[id] ?? []) {
          if (scratch[doc] === 0) touched.push(doc)
          scratch[doc] = (scratch[doc] ?? 0) + freq
        }
      }
      const freqs = touched.map((d) => scratch[d] ?? 0)
      for (const d of touched) scratch[d] = 0
      return { docs: touched, freqs }
    },

    /**
     * Adds each matching document's BM25 for one form to `into`: rarer forms weigh more, hits in
     * short documents count more. Returns how many documents matched.
     */
    addBm25(form: string, into: DocScores): number {
      const { docs: matched, freqs } = this.match(form)
      const n = matched.length
      const idf = Math.max(1e-6, Math.log((docs.length - n + 0.5) / (n + 0.5)))
      for (let i = 0; i < n; i++) {
        const d = matched[i] ?? 0
        const f = freqs[i] ?? 0
        into.add(d, (idf * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * (docLength[d] ?? 0)) / avgLength)))
      }
      return n
    },
  }
}

export type TermIndex = ReturnType<typeof buildTermIndex>
