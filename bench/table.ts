/**
 * The printed table (plain text, also valid Markdown): every figure of a run with its budget beside
 * it. The budgets themselves and the results.json shape are in bench/report.ts.
 */
import { isNoisy, NO_KOREAN_FONT } from './machine'
import type { MemoryReport } from './memory'
import type { RendererReport } from './renderer'
import { BUDGETS, GUIDES, type BenchResults } from './report'
import type { SearchReport } from './search'
import type { SizeReport } from './size'
import type { StartupReport } from './startup'
import type { FsyncCount, Peer, WritesReport } from './writes'

/** Everything a full run measured, beside the results.json figures. */
export interface Details {
  writes: WritesReport
  search: SearchReport
  startup: StartupReport
  renderer: RendererReport
  memory: MemoryReport
  size: SizeReport
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
    if (b) return [section, b.label, value, b.rule, b.pass(results) ? '✓' : '✗', note]
    const guide = GUIDES.find((x) => x.group === group && x.key === key)
    if (guide) return [section, guide.label, value, `guide ${guide.rule}`, guide.pass(results) ? '(✓)' : '(✗)', note]
    return [section, key, value, '', '', note]
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
  rows.push(
    budgetRow(
      '',
      'startup',
      'warm_over_sqlite_floor',
      fmt(results.startup.warm_over_sqlite_floor),
      `floor + loading SQLite and opening the database = ${fmt(s.sqlite_floor_ms)} ms; warm / file floor alone ${fmt(results.startup.warm_over_floor)}`,
    ),
  )
  rows.push(budgetRow('', 'startup', 'cold_ms', fmt(results.startup.cold_ms), 'reported, not a budget'))

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
  const fonts = r.koreanFonts
  rows.push([
    '',
    'Korean system fonts',
    fonts === null ? 'unknown' : String(fonts),
    '',
    fonts === 0 ? '⚠' : '',
    fonts === 0 ? NO_KOREAN_FONT : 'font families covering Korean (fc-list :lang=ko): the floor paints text, not boxes',
  ])
  rows.push([
    '',
    'switch p95 / static swap p95 ms',
    `${fmt(results.renderer.switch_p95_ms)} / ${fmt(r.staticSwitch.p95Ms)}`,
    '',
    '',
    `click → new chapter's text painted: p50 ${fmt(r.switchP50Ms)} ms over ${r.samples.switches.length} switches (static swap p50 ${fmt(r.staticSwitch.p50Ms)}), window.api wait p50 ${fmt(r.apiWait.switchP50Ms)} ms; until the whole chapter is built and painted p50 ${fmt(r.switchComplete.p50Ms)}, p95 ${fmt(r.switchComplete.p95Ms)} ms`,
  ])
  rows.push(budgetRow('', 'renderer', 'switch_p95_over_floor', fmt(results.renderer.switch_p95_over_floor)))

  const m = details.memory
  rows.push(
    budgetRow(
      'memory',
      'memory',
      'heap_after_50_over_after_7',
      fmt(results.memory.heap_after_50_over_after_7),
      `JS heap after GC: ${fmt(m.heap.totalMb)} MiB after ${m.heap.total} switches, ${fmt(m.heap.earlyMb)} MiB after ${m.heap.early}; growth by kind KiB: ${growthNote(m.heap.growthKbByType)}`,
    ),
  )
  rows.push(
    budgetRow(
      '',
      'memory',
      'main_rss_over_bare',
      fmt(results.memory.main_rss_over_bare),
      `RSS after GC, idle ${fmt(m.main.settleMs / 1000)} s, medians of ${m.main.samples.services.length}: services with the search index ${fmt(m.main.servicesRssMb)} MiB (heap ${fmt(m.main.servicesHeapMb)}), bare ${fmt(m.main.bareRssMb)} MiB (heap ${fmt(m.main.bareHeapMb)}); right after start-up ${fmt(m.main.startRssMb)}, after building the search index ${fmt(m.main.withSearchRssMb)} MiB`,
    ),
  )

  const z = details.size
  rows.push(
    budgetRow(
      'size',
      'size',
      'renderer_js_gzip_kb',
      fmt(results.size.renderer_js_gzip_kb),
      `${z.js.files} file(s), ${fmt(z.js.rawKb)} KiB raw`,
    ),
  )
  rows.push(budgetRow('', 'size', 'preload_kb', fmt(results.size.preload_kb), 'out/preload/index.js'))
  rows.push([
    '',
    'packaged resources/ KiB',
    z.packaged ? fmt(z.packaged.totalKb) : 'not run',
    '',
    '',
    z.packaged
      ? `${Object.entries(z.packaged.parts)
          .map(([name, kb]) => `${name} ${fmt(kb)}`)
          .join(', ')}; ${z.packaged.how}`
      : '',
  ])

  const run = results.run
  rows.push([
    'run',
    'cores / load before / after',
    `${run.cores} / ${fmt(run.load_before)} / ${fmt(run.load_after)}`,
    '',
    isNoisy(run) ? '⚠' : '',
    isNoisy(run)
      ? "NOISY HOST: other work competed for the CPU (load above the core count before, or above it by more than the bench's own core after)"
      : '1-minute load average',
  ])
  return rows
}

/** Compiled code apart from data: code grows as functions get hot and is not something use piles up. */
function growthNote(byType: Record<string, number>): string {
  const code = byType['code'] ?? 0
  const native = byType['native'] ?? 0
  const data = Object.entries(byType)
    .filter(([type]) => type !== 'code' && type !== 'native')
    .reduce((sum, [, kb]) => sum + kb, 0)
  return `V8 compiled code ${fmt(code)}, JS data ${fmt(data)} (Blink objects ${fmt(native)}, not in the JS heap figure)`
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
