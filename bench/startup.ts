/**
 * Benchmark 3 — main-process start-up: createServices() on a fresh data directory (cold: creates
 * and migrates the database, loads the pack and writes its cache) and again on the same one (warm:
 * pack cache reused), against the floor of reading the pack's files and loading SQLite and opening
 * the database. Every sample is a fresh Node process
 * (bench/startup-child.ts), as the app's main process is; cold, warm and floor runs alternate.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { percentile, ratio } from './stats'

const ROOT = resolve(__dirname, '..')

export interface ChildTiming {
  ms: number
  importMs: number
  /** createServices()'s parts, ms (services runs only). */
  steps: Record<string, number>
}

export function runStartupChild(
  mode: 'services' | 'floor' | 'sqlite-floor',
  dataDir: string,
  packDir: string,
): ChildTiming {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench', 'startup-child.ts'), mode, dataDir, packDir],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
  if (child.status !== 0) throw new Error(`startup child (${mode}) failed: ${child.stderr}`)
  const line = child.stdout.trim().split('\n').pop() ?? ''
  return JSON.parse(line) as ChildTiming
}

export interface StartupOptions {
  packDir: string
  /** Samples of each kind (cold, warm, floor). */
  runs: number
  dir: string
}

export interface StartupReport {
  results: {
    cold_ms: number
    warm_ms: number
    floor_ms: number
    warm_over_floor: number
    /** The budget: warm / (file floor + loading SQLite and opening the database). */
    warm_over_sqlite_floor: number
  }
  samples: { cold: number[]; warm: number[]; floor: number[] }
  /** Median time to import the modules before createServices() could run. */
  import_ms: number
  /** Medians of the warm start's parts: database, packs, services. */
  warm_steps_ms: Record<string, number>
  /**
   * The budget's floor: the file floor plus loading the SQLite library and opening the existing
   * database once, which any SQLite-backed start pays and the file floor does not.
   */
  sqlite_floor_ms: number
}

export function benchStartup(options: StartupOptions): StartupReport {
  const samples = { cold: [] as number[], warm: [] as number[], floor: [] as number[] }
  const sqliteFloor: number[] = []
  const steps: Record<string, number[]> = {}
  const imports: number[] = []
  const warmDir = mkdtempSync(join(options.dir, 'warm-'))
  // The first start on warmDir is a cold one; every later start there is warm.
  runStartupChild('services', warmDir, options.packDir)
  for (let i = 0; i < options.runs; i++) {
    const cold = runStartupChild('services', mkdtempSync(join(options.dir, 'cold-')), options.packDir)
    const warm = runStartupChild('services', warmDir, options.packDir)
    const floor = runStartupChild('floor', warmDir, options.packDir)
    sqliteFloor.push(runStartupChild('sqlite-floor', warmDir, options.packDir).ms)
    for (const [step, ms] of Object.entries(warm.steps)) (steps[step] ??= []).push(ms)
    samples.cold.push(cold.ms)
    samples.warm.push(warm.ms)
    samples.floor.push(floor.ms)
    imports.push(cold.importMs, warm.importMs)
  }
  const cold_ms = percentile(samples.cold, 50)
  const warm_ms = percentile(samples.warm, 50)
  const floor_ms = percentile(samples.floor, 50)
  const sqlite_floor_ms = percentile(sqliteFloor, 50)
  return {
    results: {
      cold_ms,
      warm_ms,
      floor_ms,
      warm_over_floor: ratio(warm_ms, floor_ms),
      warm_over_sqlite_floor: ratio(warm_ms, sqlite_floor_ms),
    },
    samples,
    import_ms: percentile(imports, 50),
    warm_steps_ms: Object.fromEntries(Object.entries(steps).map(([step, ms]) => [step, percentile(ms, 50)])),
    sqlite_floor_ms,
  }
}
