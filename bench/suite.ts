/**
 * The benchmark suite: the sizes of the full run and of the smoke test, and one function that runs
 * any of the benchmarks. bench/run.ts is the command; bench/bench-smoke.test.ts the test.
 */
import { mkdtempSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadPack } from '../src/main/course/load-pack'
import type { LoadedPack } from '../src/main/course/pack-types'
import { benchMemory, type MemoryOptions, type MemoryReport } from './memory'
import { QUERIES } from './queries'
import { benchRenderer, type RendererOptions, type RendererReport } from './renderer'
import { benchSearch, type SearchOptions, type SearchReport } from './search'
import { benchSize, type SizeOptions, type SizeReport } from './size'
import { benchStartup, type StartupOptions, type StartupReport } from './startup'
import { nowMs } from './stats'
import { benchWrites, type WritesOptions, type WritesReport } from './writes'

const ROOT = resolve(__dirname, '..')
export const SPRINT_3 = join(ROOT, 'resources', 'courses', 'sprint-3')
export const FIRST_CHAPTER = 'infra-stack'

export function loadSprint3(): LoadedPack {
  const result = loadPack(SPRINT_3)
  if (!result.ok) throw new Error(`the Sprint 3 pack does not load: ${JSON.stringify(result.problems.slice(0, 3))}`)
  return result.pack
}

export type Sizes = {
  writes: Omit<WritesOptions, 'dir'>
  search: Omit<SearchOptions, 'dir' | 'pack' | 'queries'>
  startup: Omit<StartupOptions, 'dir' | 'packDir'>
  renderer: Omit<RendererOptions, 'dir' | 'pack' | 'packDir' | 'chapterId'>
  memory: Omit<MemoryOptions, 'dir' | 'pack' | 'packDir' | 'chapterId'>
  size: Omit<SizeOptions, 'dir'>
}

/** The sizes of the full run, the ones the budgets are stated for. */
export const FULL: Sizes = {
  writes: {
    writes: 10_000,
    // conf's and lowdb's cost grows with history: stop timing them after a minute each.
    peerTimeLimitMs: 60_000,
    history: { small: 1_000, large: 100_000, writes: 2_000 },
    straceWrites: 200,
    warmup: 100,
  },
  search: { scales: [1, 10, 100], rounds: 20, warmupRounds: 2 },
  startup: { runs: 7 },
  renderer: { loads: 10, warmup: 2, switches: 42 },
  memory: { switches: { early: 7, total: 50 }, runs: 3, settleMs: 10_000 },
  size: { packaged: true },
}

/** Tiny sizes for the smoke test and `--smoke`: every code path, none of the waiting. */
export const SMOKE: Sizes = {
  writes: {
    writes: 20,
    peerTimeLimitMs: 5_000,
    history: { small: 10, large: 100, writes: 10 },
    straceWrites: 0,
    warmup: 2,
  },
  search: { scales: [1, 2], rounds: 1, warmupRounds: 0 },
  startup: { runs: 1 },
  renderer: { loads: 1, warmup: 0, switches: 2 },
  memory: { switches: { early: 1, total: 2 }, runs: 1, settleMs: 0 },
  size: { packaged: false },
}

export const BENCHMARKS = ['writes', 'search', 'startup', 'renderer', 'memory', 'size'] as const
export type BenchmarkName = (typeof BENCHMARKS)[number]

export interface RunOutput {
  writes?: WritesReport
  search?: SearchReport
  startup?: StartupReport
  renderer?: RendererReport
  memory?: MemoryReport
  size?: SizeReport
}

/** Runs the named benchmarks at the given sizes in scratch space under `dir`. */
export async function runBenchmarks(
  sizes: Sizes,
  only: readonly BenchmarkName[],
  dir: string,
  log: (line: string) => void = () => undefined,
): Promise<RunOutput> {
  const pack = loadSprint3()
  const out: RunOutput = {}
  const step = async <T>(name: BenchmarkName, fn: () => Promise<T> | T): Promise<T | undefined> => {
    if (!only.includes(name)) return undefined
    const t0 = nowMs()
    log(`${name}…`)
    const value = await fn()
    log(`${name} done in ${((nowMs() - t0) / 1000).toFixed(1)} s`)
    return value
  }
  out.writes = await step('writes', () => benchWrites({ ...sizes.writes, dir: mkdtempSync(join(dir, 'writes-')) }))
  out.search = await step('search', () =>
    benchSearch({ ...sizes.search, pack, queries: QUERIES, dir: mkdtempSync(join(dir, 'search-')) }),
  )
  out.startup = await step('startup', () =>
    benchStartup({ ...sizes.startup, packDir: SPRINT_3, dir: mkdtempSync(join(dir, 'startup-')) }),
  )
  out.renderer = await step('renderer', () =>
    benchRenderer({
      ...sizes.renderer,
      pack,
      packDir: SPRINT_3,
      chapterId: FIRST_CHAPTER,
      dir: mkdtempSync(join(dir, 'renderer-')),
    }),
  )
  out.memory = await step('memory', () =>
    benchMemory({
      ...sizes.memory,
      pack,
      packDir: SPRINT_3,
      chapterId: FIRST_CHAPTER,
      dir: mkdtempSync(join(dir, 'memory-')),
    }),
  )
  out.size = await step('size', () => benchSize({ ...sizes.size, dir: mkdtempSync(join(dir, 'size-')) }))
  return out
}
