/**
 * Benchmark 2 — search: the query set over the Sprint 3 pack replicated ×1, ×10, ×100, through
 * our search service (called exactly as the `search` IPC handler calls it) and through MiniSearch
 * over the same documents, with its defaults, with `prefix: true`, and configured for typos
 * (`prefix: true, fuzzy: 0.2`). Every call is timed on its
 * own, engines interleaved query by query (see `timeInterleaved`); recall is one untimed pass.
 */
import MiniSearch from 'minisearch'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Block, ChapterContent } from '../src/shared/course/schema'
import type { LoadedPack, OwnedQuestion } from '../src/main/course/pack-types'
import { packSearchDocs } from '../src/main/search/search-docs'
import { createSearchService } from '../src/main/search/search-service'
import type { BenchQuery } from './queries'
import { nowMs, percentile } from './stats'

export const ENGINES = ['ours', 'minisearch', 'minisearch_prefix', 'minisearch_fuzzy'] as const
export type Engine = (typeof ENGINES)[number]

/** The limit the renderer's search store leaves to the contract default. */
const LIMIT = 20

const suffix = (copy: number) => (copy === 0 ? '' : `-rep${copy}`)
/** The id of the original a replica was made from. */
export const originalId = (id: string): string => id.replace(/-rep\d+$/, '')

/**
 * The pack with every chapter (its sections, diagrams, questions and glossary entries) copied
 * `times` times under distinct ids, as one course: what a course `times` as large would index.
 */
export function replicatePack(pack: LoadedPack, times: number): LoadedPack {
  if (times === 1) return pack
  const id = `${pack.outline.id}-x${times}`
  const chapters = new Map<string, ChapterContent>()
  const questions = new Map<string, OwnedQuestion>()
  const diagrams = new Map(pack.diagrams)
  const glossary = [...pack.glossary]
  const outlineChapters = [...pack.outline.chapters]
  for (let copy = 0; copy < times; copy++) {
    const s = suffix(copy)
    const block = (b: Block): Block =>
      b.kind === 'diagram'
        ? { ...b, diagramId: b.diagramId + s }
        : b.kind === 'checkpoint'
          ? { ...b, questionId: b.questionId + s }
          : b
    for (const chapter of pack.chapters.values()) {
      chapters.set(chapter.id + s, {
        ...chapter,
        courseId: id,
        id: chapter.id + s,
        sections: chapter.sections.map((sec) => ({ ...sec, id: sec.id + s, blocks: sec.blocks.map(block) })),
        diagrams: chapter.diagrams.map((d) => ({ ...d, id: d.id + s })),
        questions: chapter.questions.map((qn) => ({ ...qn, id: qn.id + s })),
      })
    }
    if (copy === 0) continue
    for (const qn of pack.questions.values()) {
      questions.set(qn.id + s, { ...qn, id: qn.id + s, chapterId: qn.chapterId + s, section: qn.section + s })
    }
    for (const d of pack.diagrams.values()) diagrams.set(d.id + s, { ...d, id: d.id + s })
    for (const g of pack.glossary) glossary.push({ ...g, id: g.id + s, chapter: g.chapter + s })
    for (const c of pack.outline.chapters) {
      outlineChapters.push({ ...c, id: c.id + s, sections: c.sections.map((sec) => ({ ...sec, id: sec.id + s })) })
    }
  }
  for (const qn of pack.questions.values()) questions.set(qn.id, qn)
  return {
    ...pack,
    hash: `${pack.hash}-x${times}`,
    outline: { ...pack.outline, id, chapters: outlineChapters },
    chapters,
    questions,
    diagrams,
    glossary,
  }
}

/** What an engine returns, reduced to what recall needs. */
type Hit = { kind: string; id: string; chapterId: string; sectionId: string }
type SearchFn = (query: string, limit?: number) => Hit[]

interface Prepared {
  engines: Record<Engine, SearchFn>
  docs: number
  buildMs: Record<Engine, number>
  close(): void
}

function prepareScale(pack: LoadedPack, dir: string): Prepared {
  mkdirSync(dir, { recursive: true })
  const courseId = pack.outline.id
  let t0 = nowMs()
  const service = createSearchService({
    pack: (id) => {
      if (id !== courseId) throw new Error(`no course ${id}`)
      return pack
    },
  })
  service.warm([courseId])
  const oursMs = nowMs() - t0

  const docs = packSearchDocs(pack).map((doc, i) => ({ ...doc, key: i }))
  const mini = (): MiniSearch<(typeof docs)[number]> => {
    const ms = new MiniSearch<(typeof docs)[number]>({
      idField: 'key',
      fields: ['title', 'body'],
      storeFields: ['kind', 'id', 'chapterId', 'sectionId'],
    })
    ms.addAll(docs)
    return ms
  }
  t0 = nowMs()
  const plain = mini()
  const miniMs = nowMs() - t0
  const hits = (results: Record<string, unknown>[], limit = LIMIT): Hit[] =>
    results.slice(0, limit).map((r) => ({
      kind: String(r['kind']),
      id: String(r['id']),
      chapterId: String(r['chapterId']),
      sectionId: String(r['sectionId']),
    }))
  return {
    engines: {
      // Exactly what the `search` IPC handler runs.
      ours: (query, limit = LIMIT) => service.find(courseId, query, limit).results,
      minisearch: (query, limit) => hits(plain.search(query), limit),
      minisearch_prefix: (query, limit) => hits(plain.search(query, { prefix: true }), limit),
      // MiniSearch's own typo tolerance: terms within a fifth of the term's length in edits.
      minisearch_fuzzy: (query, limit) => hits(plain.search(query, { prefix: true, fuzzy: 0.2 }), limit),
    },
    docs: docs.length,
    // Prefix and fuzzy are options of a search: one MiniSearch index serves all three.
    buildMs: { ours: oursMs, minisearch: miniMs, minisearch_prefix: miniMs, minisearch_fuzzy: miniMs },
    close: () => undefined,
  }
}

export interface EngineFigures {
  p50_ms: number
  p95_ms: number
  recall: number
  /** Queries whose expected section was not in the top 3. */
  misses: string[]
  samples: number
}

export interface ScaleFigures {
  times: number
  docs: number
  buildMs: Record<Engine, number>
  engines: Record<Engine, EngineFigures>
}

/**
 * Fraction of queries whose expected section is among the first 3 results. In a replicated pack
 * the copies of one result tie, so results are first collapsed to their originals (a hit on any
 * replica counts once): at ×1 this is exactly the unit test's top-3 rule. Untimed, so it may ask
 * for more than the app's 20 results.
 */
export function recallOf(
  search: SearchFn,
  queries: readonly BenchQuery[],
  times = 1,
): { recall: number; misses: string[] } {
  const misses: string[] = []
  for (const { query, expected } of queries) {
    const seen = new Set<string>()
    const top3: string[] = []
    // Three distinct originals take at most 3 × times results.
    for (const h of search(query, Math.max(LIMIT, 3 * times))) {
      const key = `${h.kind}:${originalId(h.id)}`
      if (seen.has(key)) continue
      seen.add(key)
      top3.push(`${originalId(h.chapterId)}#${originalId(h.sectionId)}`)
      if (top3.length === 3) break
    }
    if (!top3.includes(expected))
      misses.push(query.normalize('NFC') === query ? query : `${query.normalize('NFC')} (NFD)`)
  }
  return { recall: (queries.length - misses.length) / queries.length, misses }
}

/**
 * ms per call of every query through every engine: `warmupRounds` untimed rounds, then `rounds`
 * timed ones. The engines take turns on each query (in rotating order), so background load on a
 * shared machine falls on all of them alike rather than on whichever ran during a busy spell.
 */
export function timeInterleaved(
  engines: Record<Engine, SearchFn>,
  queries: readonly BenchQuery[],
  rounds: number,
  warmupRounds: number,
): Record<Engine, number[]> {
  const samples: Record<Engine, number[]> = { ours: [], minisearch: [], minisearch_prefix: [], minisearch_fuzzy: [] }
  let turn = 0
  for (let round = 0; round < warmupRounds + rounds; round++) {
    for (const { query } of queries) {
      turn++
      for (let k = 0; k < ENGINES.length; k++) {
        const engine = ENGINES[(turn + k) % ENGINES.length] ?? 'ours'
        const t0 = nowMs()
        engines[engine](query)
        const ms = nowMs() - t0
        if (round >= warmupRounds) samples[engine].push(ms)
      }
    }
  }
  return samples
}

export interface SearchOptions {
  pack: LoadedPack
  scales: readonly number[]
  queries: readonly BenchQuery[]
  /** Timed calls of each query per engine and scale (after `warmupRounds` untimed ones). */
  rounds: number
  warmupRounds: number
  dir: string
}

export interface SearchReport {
  results: {
    x100_ours_p95_ms: number
    x100_minisearch_p95_ms: number
    x100_minisearch_prefix_p95_ms: number
    x100_minisearch_fuzzy_p95_ms: number
    recall_ours: number
    recall_minisearch: number
    recall_minisearch_prefix: number
    recall_minisearch_fuzzy: number
    /** Building the index of the ×100 pack: ours (`warm`) and MiniSearch's (`addAll`). */
    x100_ours_build_ms: number
    x100_minisearch_build_ms: number
  }
  scales: ScaleFigures[]
}

export async function benchSearch(options: SearchOptions): Promise<SearchReport> {
  const scales: ScaleFigures[] = []
  for (const times of options.scales) {
    const prepared = prepareScale(replicatePack(options.pack, times), join(options.dir, `x${times}`))
    try {
      const samples = timeInterleaved(prepared.engines, options.queries, options.rounds, options.warmupRounds)
      const engines = {} as Record<Engine, EngineFigures>
      for (const engine of ENGINES) {
        engines[engine] = {
          p50_ms: percentile(samples[engine], 50),
          p95_ms: percentile(samples[engine], 95),
          samples: samples[engine].length,
          ...recallOf(prepared.engines[engine], options.queries, times),
        }
      }
      scales.push({ times, docs: prepared.docs, buildMs: prepared.buildMs, engines })
    } finally {
      prepared.close()
    }
  }
  const largest = scales[scales.length - 1]
  const first = scales[0]
  if (!largest || !first) throw new Error('benchSearch needs at least one scale')
  // Recall is the worst over the scales (a hit on any replica of the expected section counts).
  return {
    results: {
      x100_ours_p95_ms: largest.engines.ours.p95_ms,
      x100_minisearch_p95_ms: largest.engines.minisearch.p95_ms,
      x100_minisearch_prefix_p95_ms: largest.engines.minisearch_prefix.p95_ms,
      x100_minisearch_fuzzy_p95_ms: largest.engines.minisearch_fuzzy.p95_ms,
      recall_ours: Math.min(...scales.map((s) => s.engines.ours.recall)),
      recall_minisearch: Math.min(...scales.map((s) => s.engines.minisearch.recall)),
      recall_minisearch_prefix: Math.min(...scales.map((s) => s.engines.minisearch_prefix.recall)),
      recall_minisearch_fuzzy: Math.min(...scales.map((s) => s.engines.minisearch_fuzzy.recall)),
      x100_ours_build_ms: largest.buildMs.ours,
      x100_minisearch_build_ms: largest.buildMs.minisearch,
    },
    scales,
  }
}
