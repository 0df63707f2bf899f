import { normalizeForSearch, stripParticle } from '../../shared/search/normalize'
import type { SearchKind, SearchResult } from '../../shared/search/search-schema'
import type { LoadedPack } from '../course/pack-types'
import { packSearchDocs, type SearchDoc } from './search-docs'
import { DocScores } from './doc-scores'
import { buildTermIndex, type TermIndex, wordsOf } from './term-index'
import { makeSnippet } from './snippet'
import { splitRunTogether } from './run-together'

/** How much a way of matching a word is worth: the word as typed beats its stem and its aliases. */
const WEIGHT = { exact: 1, stem: 0.9, alias: 0.8 } as const
/** Sections teach; the other kinds point at them. */
const KIND_BOOST: Record<SearchKind, number> = { section: 1.2, glossary: 1, diagram: 1, question: 0.9, note: 1 }
/** A text with the word exactly as typed (particle and all) comes first among equals. */
const EXACT_BONUS = 1.25
/** A text holding the words of a query as the phrase typed beats one that has them apart. */
const PHRASE_BONUS = 2
/** A document found through a typo reading of a word: worth less the further the typo. */
const TYPO_WEIGHT = { one: 0.7, two: 0.5 } as const
/** At most this many vocabulary words are tried for one typo. */
const MAX_TYPO_FORMS = 5
/** Words of a query beyond this are ignored. */
const MAX_WORDS = 8
/** "Did you mean" offers at most this many queries. */
const MAX_SUGGESTIONS = 3

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

  /** Whether the index holds a word in any of its forms, as typed or through an alias. */
  function known(word: string, index: CourseIndex): boolean {
    return alternativesOf(word, index.aliases).some((alt) => index.terms.knows(alt.text))
  }

  /** The words of a query, a word the index does not know cut into the known words it runs together. */
  function apart(words: readonly string[], index: CourseIndex): string[] {
    return words.flatMap((w) => (known(w, index) ? [w] : (splitRunTogether(index.terms, w) ?? [w])))
  }

  /**
   * A word's documents found as typed or through an alias (`direct`), and those found only through
   * vocabulary words a typo of it could stand for (`typo`), weighted by how far the typo is.
   */
  function scoreWord(index: CourseIndex, word: string, single: boolean, limit: number, matched: Set<string>) {
    const { terms, aliases: table } = index
    const direct = new DocScores(terms.size)
    // Widen step by step — the word (as typed or its stem), then its aliases — and stop once a
    // single word has found enough.
    for (const tier of tiersOf(word, table)) {
      scoreTier(terms, tier, direct, matched)
      if (single && direct.size >= limit) break
    }
    if (stripParticle(word)) {
      for (const d of terms.match(word).docs) if (direct.has(d)) direct.set(d, direct.get(d) * EXACT_BONUS)
    }
    const typo = new DocScores(terms.size)
    const own = stripParticle(word) ?? word
    // A word the course itself spells this way is taken as meant (no typo reading).
    if (direct.size < limit && !terms.typos.has(own) && !terms.typos.has(word)) {
      for (const near of terms.typos.typosOf(own).slice(0, MAX_TYPO_FORMS)) {
        const sums = new DocScores(terms.size)
        if (terms.addBm25(near.word, sums) > 0) matched.add(near.word)
        const weight = near.distance === 1 ? TYPO_WEIGHT.one : TYPO_WEIGHT.two
        for (const d of sums.docs) {
          if (!direct.has(d)) typo.set(d, Math.max(typo.get(d), (sums.get(d) + 1) * weight))
        }
      }
    }
    return { direct, typo }
  }

  /**
   * Documents holding every word (in one of its forms, or a typo of it), scores added up. A
   * document that needs a typo reading of fewer words always ranks first: whatever their scores,
   * exact and prefix matches come before fuzzy ones.
   */
  function rank(index: CourseIndex, words: readonly string[], limit: number) {
    const { terms } = index
    const matchedTerms = new Set<string>()
    const perWord = words.map((w) => scoreWord(index, w, words.length === 1, limit, matchedTerms))
    const phrase = words.length > 1 ? words.join(' ') : null
    let phraseFound = false
    const [first] = perWord
    const ranked: { d: number; typos: number; score: number }[] = []
    for (const d of first ? [...first.direct.docs, ...first.typo.docs] : []) {
      let score = 0
      let typos = 0
      for (const { direct, typo } of perWord) {
        if (direct.has(d)) score += direct.get(d)
        else if (typo.has(d)) {
          score += typo.get(d)
          typos++
        } else {
          score = 0
          break
        }
      }
      if (score === 0) continue
      if (phrase && terms.text(d).includes(phrase)) {
        score *= PHRASE_BONUS
        phraseFound = true
      }
      ranked.push({ d, typos, score: score * KIND_BOOST[terms.doc(d)?.kind ?? 'section'] })
    }
    ranked.sort((a, b) => a.typos - b.typos || b.score - a.score)
    if (phrase && phraseFound) matchedTerms.add(phrase)
    return { ranked, matchedTerms }
  }

  return {
    /** Builds every course's index now (the app calls this once the window is up). */
    warm(courseIds: readonly string[]): void {
      courseIds.forEach(prepare)
    },

    search,
    suggest,

    /** What the `search` call answers: the results, or when there are none, what the learner may have meant. */
    find(courseId: string, query: string, limit = 20): { results: SearchResult[]; suggestions: string[] } {
      const results = search(courseId, query, limit)
      return { results, suggestions: results.length ? [] : suggest(courseId, query) }
    },
  }

  function search(courseId: string, query: string, limit = 20): SearchResult[] {
    const { pack, index } = prepare(courseId)
    const { terms, aliases: table } = index
    const typed = wordsOf(normalizeForSearch(query)).slice(0, MAX_WORDS)
    if (typed.length === 0) return []
    const words = apart(typed, index)
    let { ranked, matchedTerms } = rank(index, words, limit)
    // Spaces the text does not have (`라이 선스`): the words typed as one.
    if (ranked.length === 0 && typed.length > 1)
      ({ ranked, matchedTerms } = rank(index, apart([typed.join('')], index), limit))

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
      const holds = (w: string) => alternativesOf(w, table).some((alt) => text.includes(alt.text))
      return typed.every(holds) || words.every(holds)
    })
    for (const doc of live.slice(0, Math.max(0, limit - results.length) || 5)) {
      results.push(toResult(doc, highlight.length ? highlight : words))
    }
    return results
  }

  /**
   * What the learner may have meant when a query finds nothing: the query with each word the
   * index does not know replaced by a near vocabulary word (`커넬을` → `커널`), nearest
   * first, only those that find something.
   */
  function suggest(courseId: string, query: string): string[] {
    const { index } = prepare(courseId)
    const typed = wordsOf(normalizeForSearch(query)).slice(0, MAX_WORDS)
    const options = typed.map((w) =>
      known(w, index) ? [w] : index.terms.typos.suggestionsFor(stripParticle(w) ?? w).map((n) => n.word),
    )
    if (options.every((o, i) => o[0] === typed[i]) || options.some((o) => o.length === 0)) return []
    const found: string[] = []
    for (let k = 0; k < MAX_SUGGESTIONS * 2 && found.length < MAX_SUGGESTIONS; k++) {
      const words = options.map((o) => o[Math.min(k, o.length - 1)] ?? '')
      const text = words.join(' ')
      if (!found.includes(text) && rank(index, words, 1).ranked.length > 0) found.push(text)
    }
    return found
  }
}

export type SearchService = ReturnType<typeof createSearchService>
