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
const PER_ALTERNATIVE = 400

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
  const triQuery = db.prepare(
    `SELECT d.id AS id, d.kind AS kind, -bm25(fts_tri, 4.0, 1.0) AS score FROM fts_tri JOIN docs d ON d.id = fts_tri.rowid
     WHERE fts_tri MATCH ? AND d.course_id = ? ORDER BY bm25(fts_tri, 4.0, 1.0) LIMIT ${PER_ALTERNATIVE}`,
  )
  const wordQuery = db.prepare(
    `SELECT d.id AS id, d.kind AS kind, -bm25(fts_word, 4.0, 1.0) AS score FROM fts_word JOIN docs d ON d.id = fts_word.rowid
     WHERE fts_word MATCH ? AND d.course_id = ? ORDER BY bm25(fts_word, 4.0, 1.0) LIMIT ${PER_ALTERNATIVE}`,
  )
  // Every match, for queries of several words: their matches are intersected, so cutting each
  // word's list to its best PER_ALTERNATIVE first would lose documents that match all of them.
  const triQueryAll = db.prepare(
    `SELECT d.id AS id, d.kind AS kind, -bm25(fts_tri, 4.0, 1.0) AS score FROM fts_tri JOIN docs d ON d.id = fts_tri.rowid
     WHERE fts_tri MATCH ? AND d.course_id = ?`,
  )
  const wordQueryAll = db.prepare(
    `SELECT d.id AS id, d.kind AS kind, -bm25(fts_word, 4.0, 1.0) AS score FROM fts_word JOIN docs d ON d.id = fts_word.rowid
     WHERE fts_word MATCH ? AND d.course_id = ?`,
  )
  const docById = db.prepare(
    `SELECT id, kind, ref_id AS refId, chapter_id AS chapterId, section_id AS sectionId, title, body FROM docs WHERE id = ?`,
  )

  /** Makes sure the index holds the pack's current content; cheap when nothing changed. */
  function prepare(courseId: string): LoadedPack {
    const pack = deps.pack(courseId)
    deps.index.ensureCourse(courseId, pack.hash, () => packSearchDocs(pack))
    if (!aliases.has(courseId)) aliases.set(courseId, aliasTable(pack))
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

  function matchAlternative(courseId: string, alt: Alternative, all: boolean): MatchRow[] {
    const short = [...alt.text].length < 3
    // A short word is a word prefix (조사가 붙어도 앞부분은 같다); a longer one any substring.
    const statement = short ? (all ? wordQueryAll : wordQuery) : all ? triQueryAll : triQuery
    const expression = short ? `${quote(alt.text)}*` : quote(alt.text)
    return statement.all(expression, courseId) as MatchRow[]
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
      for (const word of words) {
        const scores = new Map<number, number>()
        for (const alt of alternativesOf(word, table)) {
          const rows = matchAlternative(courseId, alt, words.length > 1)
          if (rows.length) matchedTerms.add(alt.text)
          for (const row of rows) {
            scores.set(row.id, Math.max(scores.get(row.id) ?? 0, (row.score + 1) * alt.weight))
            kinds.set(row.id, row.kind)
          }
        }
        perWord.push(scores)
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
