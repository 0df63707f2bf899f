/**
 * The shape of bench/results.json (a fixed set of keys), the budgets, and the printed table.
 */
import type { RendererReport } from './renderer'
import type { SearchReport } from './search'
import type { StartupReport } from './startup'
import { round } from './stats'
import type { FsyncCount, Peer, WritesReport } from './writes'

export interface BenchResults {
  writes: WritesReport['results']
  search: SearchReport['results']
  startup: StartupReport['results']
  renderer: RendererReport['results']
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
  startup: ['cold_ms', 'warm_ms', 'floor_ms', 'warm_over_floor'],
  renderer: ['first_text_ms', 'static_floor_ms', 'first_text_over_floor', 'switch_p95_ms', 'js_gzip_kb'],
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
    key: 'warm_over_floor',
    label: 'warm / floor',
    rule: '≤ 3',
    pass: (r) => r.startup.warm_over_floor <= 3,
  },
  { group: 'startup', key: 'cold_ms', label: 'cold ms', rule: '≤ 300', pass: (r) => r.startup.cold_ms <= 300 },
  {
    group: 'renderer',
    key: 'first_text_over_floor',
    label: 'first text / static floor',
    rule: '≤ 2',
    pass: (r) => r.renderer.first_text_over_floor <= 2,
  },
  {
    group: 'renderer',
    key: 'switch_p95_ms',
    label: 'chapter switch p95 ms',
    rule: '≤ 50',
    pass: (r) => r.renderer.switch_p95_ms <= 50,
  },
  {
    group: 'renderer',
    key: 'js_gzip_kb',
    label: 'renderer JS gzip KiB',
    rule: '≤ 250',
    pass: (r) => r.renderer.js_gzip_kb <= 250,
  },
]

export interface Details {
  writes: WritesReport
  search: SearchReport
  startup: StartupReport
  renderer: RendererReport
}

const fmt = (n: number): string => {
  if (!Number.isFinite(n)) return String(n)
  const a = Math.abs(n)
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/** What strace saw, in a few words. */
export function fsyncNote(count: FsyncCount | undefined, peer: Peer): string {
  if (!count) return 'fsyncs not counted (no strace)'
  const per = count.perWrite
  const calls =
    count.calls.fsync && count.calls.fdatasync ? 'fsync+fdatasync' : count.calls.fdatasync ? 'fdatasync' : 'fsync'
  if (per < 0.5)
    return `${fmt(per)} fsync/write: never reaches the disk${peer === 'lowdb' ? ' (write temp + rename only)' : ''}`
  return `${fmt(per)} ${calls}/write (strace, ${count.writes} writes)`
}

type Row = [section: string, label: string, value: string, budget: string, mark: string, note: string]

export function tableRows(results: BenchResults, details: Details): Row[] {
  const rows: Row[] = []
  const budgetRow = (section: string, group: keyof BenchResults, key: string, value: string, note = ''): Row => {
    const b = BUDGETS.find((x) => x.group === group && x.key === key)
    return [section, b?.label ?? key, value, b?.rule ?? '', b ? (b.pass(results) ? '✓' : '✗') : '', note]
  }
  const w = details.writes
  const { runs, fsyncs } = w
  const reached = (peer: Peer) =>
    runs[peer].capped
      ? `stopped at ${runs[peer].reached.toLocaleString('en-US')} of ${runs[peer].requested.toLocaleString('en-US')} writes (time cap); `
      : ''
  rows.push([
    'writes',
    'ours p50 / p95 µs',
    `${fmt(runs.ours.us.p50)} / ${fmt(runs.ours.us.p95)}`,
    '',
    '',
    fsyncNote(fsyncs.ours, 'ours'),
  ])
  rows.push([
    '',
    'conf p50 / p95 µs',
    `${fmt(runs.conf.us.p50)} / ${fmt(runs.conf.us.p95)}`,
    '',
    '',
    `${reached('conf')}last 100 avg ${fmt(runs.conf.lastMeanUs)} µs; ${fsyncNote(fsyncs.conf, 'conf')}`,
  ])
  rows.push([
    '',
    'lowdb p50 / p95 µs',
    `${fmt(runs.lowdb.us.p50)} / ${fmt(runs.lowdb.us.p95)}`,
    '',
    '',
    `${reached('lowdb')}last 100 avg ${fmt(runs.lowdb.lastMeanUs)} µs; ${fsyncNote(fsyncs.lowdb, 'lowdb')}`,
  ])
  rows.push([
    '',
    'fsync floor p50 / p95 µs',
    `${fmt(runs.floor.us.p50)} / ${fmt(runs.floor.us.p95)}`,
    '',
    '',
    `append + fdatasync; ${fsyncNote(fsyncs.floor, 'floor')}`,
  ])
  rows.push(budgetRow('', 'writes', 'ratio_conf_over_ours', fmt(results.writes.ratio_conf_over_ours)))
  rows.push(budgetRow('', 'writes', 'ours_over_fsync_floor', fmt(results.writes.ours_over_fsync_floor)))
  rows.push(
    budgetRow(
      '',
      'writes',
      'p95_100k_over_1k',
      fmt(results.writes.p95_100k_over_1k),
      `p95 ${fmt(w.history.large.us.p95)} vs ${fmt(w.history.small.us.p95)} µs (p50 ${fmt(w.history.large.us.p50)} vs ${fmt(w.history.small.us.p50)})`,
    ),
  )

  for (const scale of details.search.scales) {
    const e = scale.engines
    rows.push([
      scale === details.search.scales[0] ? 'search' : '',
      `×${scale.times} p50 / p95 ms (${scale.docs} docs)`,
      `ours ${fmt(e.ours.p50_ms)} / ${fmt(e.ours.p95_ms)}`,
      '',
      '',
      `MiniSearch ${fmt(e.minisearch.p50_ms)} / ${fmt(e.minisearch.p95_ms)}; prefix ${fmt(e.minisearch_prefix.p50_ms)} / ${fmt(e.minisearch_prefix.p95_ms)}; fuzzy ${fmt(e.minisearch_fuzzy.p50_ms)} / ${fmt(e.minisearch_fuzzy.p95_ms)}`,
    ])
    rows.push([
      '',
      `×${scale.times} recall (top 3)`,
      `ours ${fmt(e.ours.recall)}`,
      '',
      '',
      `MiniSearch ${fmt(e.minisearch.recall)}; prefix ${fmt(e.minisearch_prefix.recall)}; fuzzy ${fmt(e.minisearch_fuzzy.recall)}`,
    ])
  }
  rows.push(budgetRow('', 'search', 'recall_ours', fmt(results.search.recall_ours), missesNote(details.search)))
  rows.push(
    budgetRow(
      '',
      'search',
      'x100_ours_p95_ms',
      fmt(results.search.x100_ours_p95_ms),
      `MiniSearch fuzzy ${fmt(results.search.x100_minisearch_fuzzy_p95_ms)}, prefix ${fmt(results.search.x100_minisearch_prefix_p95_ms)}, default ${fmt(results.search.x100_minisearch_p95_ms)}`,
    ),
  )
  rows.push(
    budgetRow(
      '',
      'search',
      'x100_ours_build_ms',
      fmt(results.search.x100_ours_build_ms),
      `MiniSearch ${fmt(results.search.x100_minisearch_build_ms)} (addAll)`,
    ),
  )

  const s = details.startup
  rows.push([
    'startup',
    'cold / warm / floor ms',
    `${fmt(s.results.cold_ms)} / ${fmt(s.results.warm_ms)} / ${fmt(s.results.floor_ms)}`,
    '',
    '',
    `medians of ${s.samples.cold.length} fresh processes each; module import ${fmt(s.import_ms)} ms not included`,
  ])
  const steps = Object.entries(s.warm_steps_ms)
    .map(([step, ms]) => `${step} ${fmt(ms)}`)
    .join(', ')
  rows.push(['', 'warm start by step ms', steps, '', '', 'database: load SQLite + open + check + migrate'])
  rows.push([
    '',
    'warm / (floor + open SQLite)',
    fmt(s.warm_over_sqlite_floor),
    '',
    '',
    `context, not a budget: floor + loading SQLite and opening the database = ${fmt(s.sqlite_floor_ms)} ms`,
  ])
  rows.push(budgetRow('', 'startup', 'warm_over_floor', fmt(results.startup.warm_over_floor)))
  rows.push(budgetRow('', 'startup', 'cold_ms', fmt(results.startup.cold_ms)))

  const r = details.renderer
  rows.push([
    'renderer',
    'first text / static floor ms',
    `${fmt(r.results.first_text_ms)} / ${fmt(r.results.static_floor_ms)}`,
    '',
    '',
    `medians of ${r.samples.app.length} loads each (${r.timingSource.join(', ')}); first-screen window.api calls outstanding ${fmt(r.apiWait.loadMs)} ms in one load (harness CDP binding)`,
  ])
  rows.push(budgetRow('', 'renderer', 'first_text_over_floor', fmt(results.renderer.first_text_over_floor)))
  rows.push(
    budgetRow(
      '',
      'renderer',
      'switch_p95_ms',
      fmt(results.renderer.switch_p95_ms),
      `click → new chapter's text painted: p50 ${fmt(r.switchP50Ms)} ms over ${r.samples.switches.length} switches, window.api wait p50 ${fmt(r.apiWait.switchP50Ms)} ms; until the whole chapter is built and painted p50 ${fmt(r.switchComplete.p50Ms)}, p95 ${fmt(r.switchComplete.p95Ms)} ms`,
    ),
  )
  rows.push(
    budgetRow(
      '',
      'renderer',
      'js_gzip_kb',
      fmt(results.renderer.js_gzip_kb),
      `${r.js.files} file(s), ${fmt(r.js.rawKb)} KiB raw`,
    ),
  )
  return rows
}

function missesNote(search: SearchReport): string {
  const parts = search.scales
    .filter((s) => s.engines.ours.misses.length)
    .map((s) => `×${s.times} ours missed: ${s.engines.ours.misses.join(', ')}`)
  return parts.join('; ')
}

/** A plain-text table (also valid Markdown), the budget beside each number. */
export function formatTable(rows: Row[]): string {
  const header: Row = ['', 'measure', 'value', 'budget', '', 'note']
  const all = [header, ...rows]
  const width = (i: number) => Math.max(...all.map((r) => [...(r[i] ?? '')].length))
  const widths = [0, 1, 2, 3, 4, 5].map(width)
  const line = (r: Row) => `| ${r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join(' | ')} |`
  const rule = `|${widths.map((n) => '-'.repeat(n + 2)).join('|')}|`
  return [line(header), rule, ...rows.map(line)].join('\n')
}

export function budgetSummary(results: BenchResults): { passed: Budget[]; failed: Budget[] } {
  return { passed: BUDGETS.filter((b) => b.pass(results)), failed: BUDGETS.filter((b) => !b.pass(results)) }
}
