/**
 * The benchmarks at tiny sizes, so they never rot: every benchmark function runs end to end and its
 * results have the shape bench/results.json needs. Timings are never asserted (they belong to
 * `npm run bench`, on a quiet machine, not to a test).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { QUERIES } from './queries'
import { loadNow, runInfo, type RunInfo } from './machine'
import { benchMemory, type MemoryReport } from './memory'
import { bounce, CHROMIUM_LAUNCH, RENDERER_DIR } from './harness'
import { benchRenderer, type RendererReport } from './renderer'
import { BUDGETS, GUIDES, RESULT_KEYS, toResultsJson, type BenchResults } from './report'
import { benchSearch, originalId, replicatePack, type SearchReport } from './search'
import { benchSize, type SizeReport } from './size'
import { benchStartup, type StartupReport } from './startup'
import { formatTable, tableRows, type Details } from './table'
import { FIRST_CHAPTER, loadSprint3, SMOKE, SPRINT_3 } from './suite'
import { benchWrites, parseStraceCounts, type WritesReport } from './writes'

const dir = mkdtempSync(join(tmpdir(), 'another-class-bench-smoke-'))
const loadBefore = loadNow()
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const pack = loadSprint3()

const expectShape = (group: keyof typeof RESULT_KEYS, value: object) => {
  expect(Object.keys(value).sort()).toEqual([...RESULT_KEYS[group]].sort())
  for (const [key, n] of Object.entries(value)) {
    expect(typeof n, key).toBe('number')
    expect(Number.isNaN(n), `${key} is NaN`).toBe(false)
    expect(n, key).toBeGreaterThanOrEqual(0)
  }
}

const canRenderer = existsSync(CHROMIUM_LAUNCH.executablePath) && existsSync(join(RENDERER_DIR, 'index.html'))

// Tests in a file run in order; the last one builds the table from what the others produced.
const got: {
  writes?: WritesReport
  search?: SearchReport
  startup?: StartupReport
  renderer?: RendererReport
  memory?: MemoryReport
  size?: SizeReport
} = {}

/** The browser parts as run, or (without Chromium or a built renderer) placeholders of the right shape. */
function browserParts(): { renderer: RendererReport; memory: MemoryReport; size: SizeReport } {
  const renderer: RendererReport = got.renderer ?? {
    results: {
      first_text_ms: 1,
      static_floor_ms: 1,
      first_text_over_floor: 1,
      switch_p95_ms: 1,
      js_gzip_kb: 1,
      switch_p95_over_floor: 1,
    },
    samples: { app: [1], static: [1], switches: [1], switchesComplete: [1], staticSwitches: [1] },
    staticSwitch: { p50Ms: 1, p95Ms: 1 },
    timingSource: ['placeholder'],
    js: { files: 0, rawKb: 0 },
    switchP50Ms: 1,
    switchComplete: { p50Ms: 1, p95Ms: 1 },
    apiWait: { switchP50Ms: 0, loadMs: 0 },
    ipc: {},
    breakdown: { load: null, switches: [] },
    koreanFonts: 1,
  }
  const memory: MemoryReport = got.memory ?? {
    results: { heap_after_50_over_after_7: 1, main_rss_over_bare: 1 },
    heap: { early: 1, total: 2, earlyMb: 1, totalMb: 1, growthKbByType: {} },
    main: {
      servicesRssMb: 1,
      bareRssMb: 1,
      startRssMb: 1,
      withSearchRssMb: 1,
      settleMs: 0,
      servicesHeapMb: 1,
      bareHeapMb: 1,
      samples: { services: [1], bare: [1] },
    },
  }
  const size: SizeReport = got.size ?? {
    results: { renderer_js_gzip_kb: 1, preload_kb: 1 },
    js: { files: 1, rawKb: 1 },
    packaged: null,
  }
  return { renderer, memory, size }
}

/** The report's inputs from this smoke run's figures (browser parts stood in for where skipped), with `run`. */
function reportInputs(run: RunInfo): { results: BenchResults; details: Details } {
  const { writes, search, startup } = got
  if (!writes || !search || !startup) throw new Error('an earlier benchmark failed')
  const { renderer, memory, size } = browserParts()
  const results: BenchResults = {
    writes: writes.results,
    search: search.results,
    startup: startup.results,
    renderer: renderer.results,
    memory: memory.results,
    size: size.results,
    run,
  }
  return { results, details: { writes, search, startup, renderer, memory, size } }
}

describe('benchmark smoke run (tiny sizes)', () => {
  it('writes: times every peer and the history sizes', async () => {
    got.writes = await benchWrites({ ...SMOKE.writes, dir: mkdtempSync(join(dir, 'writes-')) })
    expectShape('writes', got.writes.results)
    for (const run of Object.values(got.writes.runs)) {
      expect(run.reached).toBeGreaterThan(0)
      expect(run.reached).toBeLessThanOrEqual(run.requested)
    }
    expect(got.writes.history.small.us.n).toBe(SMOKE.writes.history.writes)
    expect(got.writes.history.large.us.n).toBe(SMOKE.writes.history.writes)
  })

  it('writes: reads the fsync counts from strace -c output', () => {
    const output = `% time     seconds  usecs/call     calls    errors syscall
------ ----------- ----------- --------- --------- ----------------
 70.00    0.000700           7       100           fsync
 30.00    0.000300           3        12         1 fdatasync
------ ----------- ----------- --------- --------- ----------------
100.00    0.001000           8       112         1 total`
    expect(parseStraceCounts(output)).toEqual({ fsync: 100, fdatasync: 12 })
  })

  it('search: replicates the pack under distinct ids that map back to the originals', () => {
    const x3 = replicatePack(pack, 3)
    expect(x3.outline.id).not.toBe(pack.outline.id)
    expect(x3.chapters.size).toBe(pack.chapters.size * 3)
    expect(x3.questions.size).toBe(pack.questions.size * 3)
    expect(new Set([...x3.chapters.keys()].map(originalId))).toEqual(new Set(pack.chapters.keys()))
  })

  it('search: runs every engine over every scale and reports latency and recall', async () => {
    got.search = await benchSearch({ ...SMOKE.search, pack, queries: QUERIES, dir: mkdtempSync(join(dir, 'search-')) })
    expectShape('search', got.search.results)
    expect(QUERIES.length).toBeGreaterThanOrEqual(20)
    expect(got.search.scales.map((s) => s.times)).toEqual(SMOKE.search.scales)
    for (const scale of got.search.scales) {
      for (const engine of Object.values(scale.engines)) {
        expect(engine.samples).toBe(QUERIES.length * SMOKE.search.rounds)
        expect(engine.recall).toBeGreaterThanOrEqual(0)
        expect(engine.recall).toBeLessThanOrEqual(1)
      }
    }
  })

  it('startup: starts cold, warm and the floor in fresh processes', () => {
    got.startup = benchStartup({ ...SMOKE.startup, packDir: SPRINT_3, dir: mkdtempSync(join(dir, 'startup-')) })
    expectShape('startup', got.startup.results)
    expect(got.startup.samples.cold).toHaveLength(SMOKE.startup.runs)
    expect(Object.keys(got.startup.warm_steps_ms)).toEqual(['database', 'packs', 'services'])
    expect(got.startup.sqlite_floor_ms).toBeGreaterThan(0)
  })

  it.skipIf(!canRenderer)('renderer: loads the app and the static floor, switches chapters, sizes the JS', async () => {
    got.renderer = await benchRenderer({
      ...SMOKE.renderer,
      pack,
      packDir: SPRINT_3,
      chapterId: FIRST_CHAPTER,
      dir: mkdtempSync(join(dir, 'renderer-')),
    })
    expectShape('renderer', got.renderer.results)
    expect(got.renderer.samples.switches).toHaveLength(SMOKE.renderer.switches)
    // Each switch is timed both ways. The two are not ordered: Element Timing reports the frame's
    // presentation, which can come after the rAF + task that ends the "complete" timing.
    expect(got.renderer.samples.switchesComplete).toHaveLength(SMOKE.renderer.switches)
    for (const ms of [...got.renderer.samples.switches, ...got.renderer.samples.switchesComplete])
      expect(ms).toBeGreaterThan(0)
  })

  it.skipIf(!canRenderer)('memory: reads the renderer heap between switches and the main process RSS', async () => {
    got.memory = await benchMemory({
      ...SMOKE.memory,
      pack,
      packDir: SPRINT_3,
      chapterId: FIRST_CHAPTER,
      dir: mkdtempSync(join(dir, 'memory-')),
    })
    expectShape('memory', got.memory.results)
    expect(got.memory.heap.earlyMb).toBeGreaterThan(0)
    expect(got.memory.heap.totalMb).toBeGreaterThan(0)
    expect(Object.keys(got.memory.heap.growthKbByType)).toEqual(expect.arrayContaining(['code', 'object', 'string']))
    // The bare process loaded SQLite too: both hold the addon and a connection.
    expect(got.memory.main.bareRssMb).toBeGreaterThan(0)
    expect(got.memory.main.servicesHeapMb).toBeGreaterThan(got.memory.main.bareHeapMb)
  })

  it.skipIf(!canRenderer)('size: sizes the renderer JS and the preload bundle', () => {
    got.size = benchSize({ ...SMOKE.size, dir: mkdtempSync(join(dir, 'size-')) })
    expectShape('size', got.size.results)
    expect(got.size.results.preload_kb).toBeGreaterThan(0)
    expect(got.size.packaged).toBeNull()
  })

  it('switches bounce between the first and the last chapter', () => {
    expect(bounce(3, 0, 6)).toEqual(['next', 'next', 'previous', 'previous', 'next', 'next'])
    expect(bounce(3, 2, 2)).toEqual(['previous', 'previous'])
  })

  it('report: results.json has exactly the agreed keys, and the table shows every budget', () => {
    const { results, details } = reportInputs(runInfo(loadBefore))
    expectShape('run', results.run)
    expect(results.run.cores).toBeGreaterThan(0)
    const json = toResultsJson(results)
    for (const group of Object.keys(RESULT_KEYS) as (keyof BenchResults)[]) {
      expect(Object.keys(json[group])).toEqual([...RESULT_KEYS[group]])
    }
    expect(Object.keys(json)).toEqual(['writes', 'search', 'startup', 'renderer', 'memory', 'size', 'run'])
    const table = formatTable(tableRows(results, details))
    const lines = table.split('\n')
    expect(lines.filter((line) => /\| [✓✗] +\|/.test(line))).toHaveLength(BUDGETS.length)
    for (const b of [...BUDGETS, ...GUIDES]) {
      expect(
        lines.some((line) => line.includes(b.label) && line.includes(b.rule)),
        `${b.group}.${b.key}`,
      ).toBe(true)
    }
    // The names other tools read: every budget's figure is one of results.json's keys.
    for (const b of BUDGETS) expect(Object.keys(json[b.group]), `${b.group}.${b.key}`).toContain(b.key)
    expect(lines.some((line) => line.includes('cores / load before / after'))).toBe(true)
  })

  it('report: a run whose load exceeded the core count is flagged in the table', () => {
    const { results, details } = reportInputs({ cores: 2, load_before: 1, load_after: 3.5 })
    expect(formatTable(tableRows(results, details))).toMatch(/NOISY HOST/)
    results.run = { cores: 2, load_before: 2.5, load_after: 1.5 }
    expect(formatTable(tableRows(results, details))).toMatch(/NOISY HOST/)
    // The bench's own work on a quiet machine: about one core's worth of load at the end.
    results.run = { cores: 2, load_before: 0.7, load_after: 2.2 }
    expect(formatTable(tableRows(results, details))).not.toMatch(/NOISY HOST/)
  })

  it('report: a renderer run on a machine without a Korean font is flagged in the table', () => {
    const { results, details } = reportInputs({ cores: 2, load_before: 0.7, load_after: 2.2 })
    const table = (koreanFonts: number | null) =>
      formatTable(tableRows(results, { ...details, renderer: { ...details.renderer, koreanFonts } }))
    // Hangul drawn as boxes until the fonts arrive: the floor's first text is not text.
    expect(table(0)).toMatch(/NO KOREAN FONT/)
    expect(table(2)).not.toMatch(/NO KOREAN FONT/)
  })
})
