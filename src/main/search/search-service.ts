import { normalizeForSearch, stripParticle } from '../../shared/search/normalize'
import type { SearchKind, SearchResult } from '../../shared/search/search-schema'
import type { LoadedPack } from '../course/pack-types'
import { packSearchDocs, type SearchDoc } from './search-docs'
import type { SearchIndex } from './search-index'
import { makeSnippet } from './snippet'

/** How much a way of matching a word is worth: the word as typed beats its stem and its aliases. */
const WEIGHT = { exact: 1, stem: 0.9, alias: 0.8 } as const
/** Sections teach; the other kinds point at them. */
const KIND_BOOST: Record<SearchKind, number> = { section: 1.2, glossary: 1, diagram: 1, question: 0.9, note: 1 }
const PER_ALTERNATIVE = 1500
const EXACT_BONUS = 1.25

interface Alternative {
  text: string
  weight: number
}

interface MatchRow {
  id: number
  kind: SearchKind
  score: number
}

interface DocRow {
  id: number
  kind: SearchKind
  refId: string
  chapterId: string
  sectionId: string
  title: string
  body: string
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

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`

/**
 * Korean-aware search over a course: substrings regardless of attached particles, 1–2 character
 * words, glossary aliases in both languages, NFC-normalised input, ranked with highlighted snippets.
 */
export function createSearchService(deps: {
  index: SearchIndex
  pack: (courseId: string) => LoadedPack
  /** Documents that change while the app runs (notes), matched by plain substring. */
  liveDocs?: (courseId: string) => SearchDoc[]
}) {
  const { db } = deps.index
  const aliases = new Map<string, Map<string, string[]>>()
  // Ranked inside FTS5 alone; each row's course and kind come from an in-memory table instead of
  // a join per match, which was the largest cost after bm25 on big packs. Queries of several
  // words keep every match (they are intersected).
  const matchSql = (table: string, limit: string) =>
    `SELECT rowid AS id, -bm25(${table}, 4.0, 1.0) AS score FROM ${table} WHERE ${table} MATCH ? ORDER BY score DESC ${limit}`
  // Membership only (no ranking): which texts contain the word exactly as typed.
  const containsSql = (table: string) => `SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ?`
  const contains = {
    tri: db.prepare(containsSql('fts_tri')).pluck(),
    word: db.prepare(containsSql('fts_word')).pluck(),
  }
  const docKinds = new Map<string, Map<number, SearchKind>>()
  const selectKinds = db.prepare(`SELECT id, kind FROM docs WHERE course_id = ?`)
  const statements = {
    tri: db.prepare(matchSql('fts_tri', `LIMIT ${PER_ALTERNATIVE}`)),
    word: db.prepare(matchSql('fts_word', `LIMIT ${PER_ALTERNATIVE}`)),
    triAll: db.prepare(matchSql('fts_tri', '')),
    wordAll: db.prepare(matchSql('fts_word', '')),
  }
  const docById = db.prepare(
    `SELECT id, kind, ref_id AS refId, chapter_id AS chapterId, section_id AS sectionId, title, body FROM docs WHERE id = ?`,
  )

  /** Makes sure the index holds the pack's current content; cheap when nothing changed. */
  function prepare(courseId: string): LoadedPack {
    const pack = deps.pack(courseId)
    const rebuilt = deps.index.ensureCourse(courseId, pack.hash, () => packSearchDocs(pack))
    if (rebuilt || !aliases.has(courseId)) aliases.set(courseId, aliasTable(pack))
    if (rebuilt || !docKinds.has(courseId)) {
      const rows = selectKinds.all(courseId) as { id: number; kind: SearchKind }[]
      docKinds.set(courseId, new Map(rows.map((r) => [r.id, r.kind])))
    }
    return pack
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
   * Every document matching any form of one word, best score per document. Forms of 3+ characters
   * go to the trigram table (any substring), shorter ones to the word table as prefixes (조사가
   * 붙어도 앞부분은 같다) — one OR query per table, so aliases cost no extra passes.
   */
  function matchWord(courseId: string, alternatives: Alternative[], all: boolean): MatchRow[] {
    const isShort = (a: Alternative) => [...a.text].length < 3
    const long = alternatives.filter((a) => !isShort(a)).map((a) => quote(a.text))
    const short = alternatives.filter(isShort).map((a) => `${quote(a.text)}*`)
    const kinds = docKinds.get(courseId)
    const rows: MatchRow[] = []
    const keep = (found: { id: number; score: number }[]) => {
      for (const row of found) {
        const kind = kinds?.get(row.id)
        if (kind) rows.push({ id: row.id, score: row.score, kind })
      }
    }
    if (long.length)
      keep((all ? statements.triAll : statements.tri).all(long.join(' OR ')) as { id: number; score: number }[])
    if (short.length)
      keep((all ? statements.wordAll : statements.word).all(short.join(' OR ')) as { id: number; score: number }[])
    return rows
  }

  return {
    /** Builds or reuses the index for every course now (at start-up), not at the first query. */
    warm(courseIds: readonly string[]): void {
      courseIds.forEach(prepare)
    },

    search(courseId: string, query: string, limit = 20): SearchResult[] {
      const pack = prepare(courseId)
      const words = normalizeForSearch(query).split(' ').filter(Boolean).slice(0, 8)
      if (words.length === 0) return []
      const table = aliases.get(courseId) ?? new Map<string, string[]>()
      const matchedTerms = new Set<string>()
      const perWord: Map<number, number>[] = []
      const kinds = new Map<number, SearchKind>()
      const collect = (rows: MatchRow[], into: Map<number, number>, weight: number) => {
        for (const row of rows) {
          into.set(row.id, Math.max(into.get(row.id) ?? 0, (row.score + 1) * weight))
          kinds.set(row.id, row.kind)
        }
      }
      // Several words typed as a phrase that occurs as such: that is the best answer, and cheap.
      const phrase = words.join(' ')
      if (words.length > 1 && [...phrase].length >= 3) {
        const scores = new Map<number, number>()
        collect(matchWord(courseId, [{ text: phrase, weight: 1 }], false), scores, 1)
        if (scores.size >= limit) {
          perWord.push(scores)
          matchedTerms.add(phrase)
        }
      }
      if (perWord.length === 0) {
        for (const word of words) {
          const scores = new Map<number, number>()
          // Widen step by step — the word (as typed and its stem), then its aliases — and stop once
          // a single word has found enough: on a large pack each extra form costs a full pass.
          for (const tier of tiersOf(word, table)) {
            const rows = matchWord(courseId, tier, words.length > 1)
            if (rows.length) tier.forEach((alt) => matchedTerms.add(alt.text))
            collect(rows, scores, tier[0]?.weight ?? 1)
            if (words.length === 1 && scores.size >= limit) break
          }
          // Texts with the word exactly as typed (particle and all) come first among equals.
          if (stripParticle(word)) {
            const short = [...word].length < 3
            const ids = (short ? contains.word : contains.tri).all(short ? `${quote(word)}*` : quote(word)) as number[]
            for (const id of ids) {
              const score = scores.get(id)
              if (score !== undefined) scores.set(id, score * EXACT_BONUS)
            }
          }
          perWord.push(scores)
        }
      }
      const terms = [...matchedTerms]
      // Every word must match (in one of its forms); scores add up.
      const [first = new Map<number, number>(), ...rest] = perWord
      const combined = [...first].flatMap(([id, score]) =>
        rest.every((m) => m.has(id)) ? [[id, rest.reduce((sum, m) => sum + (m.get(id) ?? 0), score)] as const] : [],
      )
      // Ranked on the kind the match queries return; only the rows shown are read in full.
      const ranked = combined
        .map(([id, score]) => ({ id, score: score * KIND_BOOST[kinds.get(id) ?? 'section'] }))
        .sort((a, b) => b.score - a.score)

      const chapterTitle = (id: string) => pack.chapters.get(id)?.title ?? id
      const rows = ranked.slice(0, limit).map(({ id }) => docById.get(id) as DocRow)
      const results: SearchResult[] = rows.map((row) => ({
        kind: row.kind,
        id: row.refId,
        chapterId: row.chapterId,
        sectionId: row.sectionId,
        title: row.title,
        chapterTitle: chapterTitle(row.chapterId),
        snippet: makeSnippet(row.body, terms),
        terms,
      }))
      const live = (deps.liveDocs?.(courseId) ?? []).filter((doc) => {
        const text = normalizeForSearch(`${doc.title} ${doc.body}`)
        return words.every((w) => alternativesOf(w, table).some((alt) => text.includes(alt.text)))
      })
      for (const doc of live.slice(0, Math.max(0, limit - results.length) || 5)) {
        results.push({
          kind: doc.kind,
          id: doc.id,
          chapterId: doc.chapterId,
          sectionId: doc.sectionId,
          title: doc.title,
          chapterTitle: chapterTitle(doc.chapterId),
          snippet: makeSnippet(doc.body, terms.length ? terms : words),
          terms: terms.length ? terms : words,
        })
      }
      return results
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>
