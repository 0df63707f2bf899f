import { normalizeForSearch, stripParticle } from '../../shared/search/normalize'
import type { SearchKind, SearchResult } from '../../shared/search/search-schema'
import type { LoadedPack } from '../course/pack-types'
import { packSearchDocs, type SearchDoc } from './search-docs'
import { DocScores } from './doc-scores'
import { buildTermIndex, type TermIndex, wordsOf } from './term-index'
import { makeSnippet } from './snippet'

/** How much a way of matching a word is worth: the word as typed beats its stem and its aliases. */
const WEIGHT = { exact: 1, stem: 0.9, alias: 0.8 } as const
/** Sections teach; the other kinds point at them. */
const KIND_BOOST: Record<SearchKind, number> = { section: 1.2, glossary: 1, diagram: 1, question: 0.9, note: 1 }
/** A text with the word exactly as typed (particle and all) comes first among equals. */
const EXACT_BONUS = 1.25
/** A text holding the words of a query as the phrase typed beats one that has them apart. */
const PHRASE_BONUS = 2

interface Alternative {
  text: string
  weight: number
}

/** Glossary names (Korean, English, aliases) that stand for one another in a query. */
function aliasTable(pack: LoadedPack): Map<string, string[]> {
  const table = new Map<string, string[]>()
  for (const entry of pack.glossary) {
    const names = [entry.ko, entry.en, ...(entry.aliases ?? [])].map(normalizeForSearch).filter(Boolean)
    for (const name of names) table.set(name, [...new Set([...(table.get(name) ?? []), ...names])])
  }
  return table
}

interface CourseIndex {
  hash: string
  terms: TermIndex
  aliases: Map<string, string[]>
}

/**
 * Korean-aware search over a course: substrings regardless of attached particles, 1–2 character
 * words, glossary aliases in both languages, NFC-normalised input, ranked with highlighted snippets.
 */
export function createSearchService(deps: {
  pack: (courseId: string) => LoadedPack
  /** Documents that change while the app runs (notes), matched by plain substring. */
  liveDocs?: (courseId: string) => SearchDoc[]
}) {
  const indexes = new Map<string, CourseIndex>()

  /** The course's index, built from the pack the first time and again only if the pack changed. */
  function prepare(courseId: string): { pack: LoadedPack; index: CourseIndex } {
    const pack = deps.pack(courseId)
    let index = indexes.get(courseId)
    if (!index || index.hash !== pack.hash) {
      index = { hash: pack.hash, terms: buildTermIndex(packSearchDocs(pack)), aliases: aliasTable(pack) }
      indexes.set(courseId, index)
    }
    return { pack, index }
  }

  function alternativesOf(word: string, table: Map<string, string[]>): Alternative[] {
    const found = new Map<string, number>([[word, WEIGHT.exact]])
    const stem = stripParticle(word)
    if (stem) found.set(stem, WEIGHT.stem)
    for (const base of [...found.keys()]) {
      for (const name of table.get(base) ?? []) if (!found.has(name)) found.set(name, WEIGHT.alias)
    }
    return [...found].map(([text, weight]) => ({ text, weight }))
  }

  /**
   * The forms of a word in two steps: the word itself, then its aliases. A stem stands for the
   * word as typed: every text containing `컨테이너가` also contains `컨테이너`, so asking for both
   * would only count the same match twice.
   */
  function tiersOf(word: string, table: Map<string, string[]>): Alternative[][] {
    const all = alternativesOf(word, table)
    const own = all.find((a) => a.weight === WEIGHT.stem) ?? all.find((a) => a.weight === WEIGHT.exact)
    const aliases = all.filter((a) => a.weight === WEIGHT.alias)
    return [own ? [own] : [], aliases].filter((tier) => tier.length > 0)
  }

  /**
   * Every document matching any form in a tier of one word: BM25 summed over the forms (as one OR
   * query over them would score it); across tiers a document keeps its best, weighted by how the
   * forms relate to the word typed.
   */
  function scoreTier(terms: TermIndex, tier: Alternative[], into: DocScores, matched: Set<string>): void {
    const sums = new DocScores(terms.size)
    for (const alt of tier) if (terms.addBm25(alt.text, sums) > 0) matched.add(alt.text)
    const weight = tier[0]?.weight ?? 1
    for (const d of sums.docs) into.set(d, Math.max(into.get(d), (sums.get(d) + 1) * weight))
  }

  return {
    /** Builds every course's index now (the app calls this once the window is up). */
    warm(courseIds: readonly string[]): void {
      courseIds.forEach(prepare)
    },

    search(courseId: string, query: string, limit = 20): SearchResult[] {
      const { pack, index } = prepare(courseId)
      const { terms, aliases: table } = index
      const words = wordsOf(normalizeForSearch(query)).slice(0, 8)
      if (words.length === 0) return []
      const matchedTerms = new Set<string>()
      const perWord: DocScores[] = []
      for (const word of words) {
        const scores = new DocScores(terms.size)
        // Widen step by step — the word (as typed or its stem), then its aliases — and stop once a
        // single word has found enough.
        for (const tier of tiersOf(word, table)) {
          scoreTier(terms, tier, scores, matchedTerms)
          if (words.length === 1 && scores.size >= limit) break
        }
        if (stripParticle(word)) {
          for (const d of terms.match(word).docs) if (scores.has(d)) scores.set(d, scores.get(d) * EXACT_BONUS)
        }
        perWord.push(scores)
      }
      const phrase = words.length > 1 ? words.join(' ') : null
      let phraseFound = false
      // Every word must match (in one of its forms); scores add up.
      const [first, ...rest] = perWord
      const ranked: { d: number; score: number }[] = []
      for (const d of first?.docs ?? []) {
        if (!rest.every((m) => m.has(d))) continue
        let score = rest.reduce((sum, m) => sum + m.get(d), first?.get(d) ?? 0)
        if (phrase && terms.text(d).includes(phrase)) {
          score *= PHRASE_BONUS
          phraseFound = true
        }
        ranked.push({ d, score: score * KIND_BOOST[terms.doc(d)?.kind ?? 'section'] })
      }
      ranked.sort((a, b) => b.score - a.score)
      if (phrase && phraseFound) matchedTerms.add(phrase)

      const highlight = [...matchedTerms]
      const toResult = (doc: SearchDoc, marks: string[]): SearchResult => ({
        kind: doc.kind,
        id: doc.id,
        chapterId: doc.chapterId,
        sectionId: doc.sectionId,
        title: doc.title,
        chapterTitle: pack.chapters.get(doc.chapterId)?.title ?? doc.chapterId,
        snippet: makeSnippet(doc.body, marks),
        terms: marks,
      })
      const results: SearchResult[] = []
      for (const { d } of ranked.slice(0, limit)) {
        const doc = terms.doc(d)
        if (doc) results.push(toResult(doc, highlight))
      }
      const live = (deps.liveDocs?.(courseId) ?? []).filter((doc) => {
        const text = normalizeForSearch(`${doc.title} ${doc.body}`)
        return words.every((w) => alternativesOf(w, table).some((alt) => text.includes(alt.text)))
      })
      for (const doc of live.slice(0, Math.max(0, limit - results.length) || 5)) {
        results.push(toResult(doc, highlight.length ? highlight : words))
      }
      return results
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>
