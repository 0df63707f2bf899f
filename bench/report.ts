/**
 * The shape of bench/results.json (a fixed set of keys) and the budgets, each checked against
 * figures of the same run only. The printed table is bench/table.ts.
 */
import type { RunInfo } from './machine'
import type { MemoryReport } from './memory'
import type { RendererReport } from './renderer'
import type { SearchReport } from './search'
import type { SizeReport } from './size'
import type { StartupReport } from './startup'
import { round } from './stats'
import type { WritesReport } from './writes'

export interface BenchResults {
  writes: WritesReport['results']
  search: SearchReport['results']
  startup: StartupReport['results']
  renderer: RendererReport['results']
  memory: MemoryReport['results']
  size: SizeReport['results']
  run: RunInfo
}

/** The keys results.json must have, in order: comparable from one committed run to the next. */
export const RESULT_KEYS = {
  writes: [
    'ours_p50_us',
    'ours_p95_us',
    'conf_p50_us',
    'lowdb_p50_us',
    'fsync_floor_p50_us',
    'ratio_conf_over_ours',
    'ours_over_fsync_floor',
    'p95_100k_over_1k',
  ],
  search: [
    'x100_ours_p95_ms',
    'x100_minisearch_p95_ms',
    'x100_minisearch_prefix_p95_ms',
    'x100_minisearch_fuzzy_p95_ms',
    'recall_ours',
    'recall_minisearch',
    'recall_minisearch_prefix',
    'recall_minisearch_fuzzy',
    'x100_ours_build_ms',
    'x100_minisearch_build_ms',
  ],
  startup: ['cold_ms', 'warm_ms', 'floor_ms', 'warm_over_floor', 'warm_over_sqlite_floor'],
  renderer: [
    'first_text_ms',
    'static_floor_ms',
    'first_text_over_floor',
    'switch_p95_ms',
    'js_gzip_kb',
    'switch_p95_over_floor',
  ],
  memory: ['heap_after_50_over_after_7', 'main_rss_over_bare'],
  size: ['renderer_js_gzip_kb', 'preload_kb'],
  run: ['cores', 'load_before', 'load_after'],
} as const satisfies { [G in keyof BenchResults]: readonly (keyof BenchResults[G])[] }

/** results.json: exactly RESULT_KEYS, in that order, numbers rounded to 2 decimals (3 for recall). */
export function toResultsJson(results: BenchResults): BenchResults {
  const out: Record<string, Record<string, number>> = {}
  for (const group of Object.keys(RESULT_KEYS) as (keyof BenchResults)[]) {
    const source = results[group] as unknown as Record<string, number>
    out[group] = Object.fromEntries(
      RESULT_KEYS[group].map((key) => [key, round(source[key] ?? Number.NaN, key.startsWith('recall') ? 3 : 2)]),
    )
  }
  return out as unknown as BenchResults
}

export interface Budget {
  group: keyof BenchResults
  key: string
  label: string
  /** e.g. "≥ 50" */
  rule: string
  pass(results: BenchResults): boolean
}

export const BUDGETS: Budget[] = [
  {
    group: 'writes',
    key: 'ratio_conf_over_ours',
    label: 'conf p50 / ours p50',
    rule: '≥ 50',
    pass: (r) => r.writes.ratio_conf_over_ours >= 50,
  },
  {
    group: 'writes',
    key: 'ours_over_fsync_floor',
    label: 'ours p50 / fsync floor p50',
    rule: '≤ 1.5',
    pass: (r) => r.writes.ours_over_fsync_floor <= 1.5,
  },
  {
    group: 'writes',
    key: 'p95_100k_over_1k',
    label: 'ours p95 at 100k rows / at 1k rows',
    rule: '≤ 1.5',
    pass: (r) => r.writes.p95_100k_over_1k <= 1.5,
  },
  {
    group: 'search',
    key: 'recall_ours',
    label: 'recall ours (top 3, worst scale)',
    rule: '= 1.0',
    pass: (r) => r.search.recall_ours >= 1,
  },
  {
    group: 'search',
    key: 'x100_ours_p95_ms',
    label: '×100 ours p95 ms',
    rule: '≤ MiniSearch fuzzy p95',
    pass: (r) => r.search.x100_ours_p95_ms <= r.search.x100_minisearch_fuzzy_p95_ms,
  },
  {
    group: 'search',
    key: 'x100_ours_build_ms',
    label: '×100 ours index build ms',
    rule: '≤ MiniSearch build',
    pass: (r) => r.search.x100_ours_build_ms <= r.search.x100_minisearch_build_ms,
  },
  {
    group: 'startup',
    key: 'warm_over_sqlite_floor',
    label: 'warm / (floor + open SQLite)',
    rule: '≤ 2',
    pass: (r) => r.startup.warm_over_sqlite_floor <= 2,
  },
  {
    group: 'renderer',
    key: 'first_text_over_floor',
    label: 'first text / static floor',
    rule: '≤ 1.5',
    pass: (r) => r.renderer.first_text_over_floor <= 1.5,
  },
  {
    group: 'renderer',
    key: 'switch_p95_over_floor',
    label: 'switch p95 / static swap p95',
    rule: '≤ 2',
    pass: (r) => r.renderer.switch_p95_over_floor <= 2,
  },
  {
    group: 'memory',
    key: 'heap_after_50_over_after_7',
    label: 'renderer heap after 50 / after 7 switches',
    rule: '≤ 1.1',
    pass: (r) => r.memory.heap_after_50_over_after_7 <= 1.1,
  },
  {
    group: 'memory',
    key: 'main_rss_over_bare',
    label: 'main RSS / bare Node + SQLite',
    rule: '≤ 1.5',
    pass: (r) => r.memory.main_rss_over_bare <= 1.5,
  },
  {
    group: 'size',
    key: 'renderer_js_gzip_kb',
    label: 'renderer JS gzip KiB',
    rule: '≤ 150',
    pass: (r) => r.size.renderer_js_gzip_kb <= 150,
  },
  {
    group: 'size',
    key: 'preload_kb',
    label: 'preload bundle KiB',
    rule: '≤ 10',
    pass: (r) => r.size.preload_kb <= 10,
  },
]

/** Shown with their limit and a parenthesised mark, never counted as a failed budget. */
export const GUIDES: Budget[] = [
  { group: 'startup', key: 'cold_ms', label: 'cold ms', rule: '≤ 300', pass: (r) => r.startup.cold_ms <= 300 },
]

export function budgetSummary(results: BenchResults): { passed: Budget[]; failed: Budget[] } {
  return { passed: BUDGETS.filter((b) => b.pass(results)), failed: BUDGETS.filter((b) => !b.pass(results)) }
}
