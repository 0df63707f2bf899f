/**
 * Benchmark 5 — memory:
 * - renderer: the app's JS heap (CDP Runtime.getHeapUsage, after HeapProfiler.collectGarbage)
 *   after the first `early` chapter switches and after `total`, in the e2e harness's setting
 *   (bench/renderer.ts): nothing the learner does over and over may keep growing;
 * - main process: the resident set of a fresh Node process that has started the main-process
 *   services on the pack (warm pack cache) and built the search index, against a bare Node process
 *   that only loaded better-sqlite3 and opened the same database; both idle a few seconds (V8
 *   returns the young generation a burst of start-up garbage grew only once the process is idle)
 *   and are read after forced GC (bench/memory-child/, bundled like the app's main so neither
 *   carries tsx). The figure right after start-up is reported beside it.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import type { LoadedPack } from '../src/main/course/pack-types'
import { bounce, ensureBuilt, IDLE, startHarness } from './harness'
import { SWITCH_ONLY } from './renderer-page'
import { percentile, ratio } from './stats'

const ROOT = resolve(__dirname, '..')
/** Under the project's node_modules, so the bundles' external dependencies resolve as the app's do. */
const CHILD_DIR = join(ROOT, 'node_modules', '.cache', 'another-class-bench')
const MAIN_EXTERNALS = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> })
    .dependencies,
).filter((name) => name !== 'markdown-it-cjk-friendly')

export interface MemoryOptions {
  pack: LoadedPack
  packDir: string
  chapterId: string
  dir: string
  /** Heap read after this many switches and after `total` (the budget: 7 and 50). */
  switches: { early: number; total: number }
  /** Main-process samples of each kind (fresh processes, a pair at a time); medians. */
  runs: number
  /** How long each main-process sample idles before its figure is read (V8's memory reducer runs). */
  settleMs: number
}

export interface MemoryReport {
  results: { heap_after_50_over_after_7: number; main_rss_over_bare: number }
  heap: {
    early: number
    total: number
    earlyMb: number
    totalMb: number
    /**
     * KiB gained between the two readings by heap-snapshot node type: `code` is V8's compiled code
     * (functions compiled and optimised as they get used), `native` Blink's objects; the others
     * (object, array, string, closure…) are the app's data.
     */
    growthKbByType: Record<string, number>
  }
  main: {
    /** Services started, search index built, then idle `settleMs`: what main holds while the learner reads. */
    servicesRssMb: number
    bareRssMb: number
    /** Right after createServices (before the search index and before idling). */
    startRssMb: number
    /** Right after the search index was built (the app builds it a second after the window shows). */
    withSearchRssMb: number
    servicesHeapMb: number
    bareHeapMb: number
    settleMs: number
    samples: { services: number[]; bare: number[] }
  }
}

/**
 * Bundles bench/memory-child/{services,bare}.ts as electron-vite bundles the app's main (its
 * dependencies external and loaded from node_modules, CommonJS), so the figures are the app's
 * code without tsx's loader (~30 MiB of RSS) and the bare side carries none of the services.
 */
async function bundleMemoryChildren(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    // As electron.vite.config.ts: production dependencies load from node_modules, except the two
    // ES-module-only ones; everything else (es-hangul, our code) is bundled in.
    ssr: { external: MAIN_EXTERNALS, noExternal: true },
    build: {
      ssr: true,
      outDir: CHILD_DIR,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: {
          services: join(ROOT, 'bench', 'memory-child', 'services.ts'),
          bare: join(ROOT, 'bench', 'memory-child', 'bare.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
      },
    },
  })
  return CHILD_DIR
}

interface ChildMemory {
  rssMb: number
  heapUsedMb: number
  startRssMb?: number
  searchRssMb?: number
}

function runMemoryChild(dir: string, mode: 'services' | 'bare', args: string[]): Promise<ChildMemory> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ['--expose-gc', join(dir, `${mode}.cjs`), ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) return fail(new Error(`memory child (${mode}) failed: ${stderr}`, { cause: err }))
        done(JSON.parse(stdout.trim().split('\n').pop() ?? '') as ChildMemory)
      },
    )
  })
}

async function mainMemory(options: MemoryOptions): Promise<MemoryReport['main']> {
  const dir = await bundleMemoryChildren()
  const dataDir = mkdtempSync(join(options.dir, 'memory-data-'))
  const settle = String(options.settleMs)
  // The first start creates the database and the pack cache; the measured ones are warm starts.
  await runMemoryChild(dir, 'services', [dataDir, options.packDir, '0'])
  const services: ChildMemory[] = []
  const bare: ChildMemory[] = []
  for (let i = 0; i < options.runs; i++) {
    // Side by side: both spend most of their time idle, settling.
    const [s, b] = await Promise.all([
      runMemoryChild(dir, 'services', [dataDir, options.packDir, settle]),
      runMemoryChild(dir, 'bare', [dataDir, settle]),
    ])
    services.push(s)
    bare.push(b)
  }
  const median = (list: ChildMemory[], key: keyof ChildMemory) =>
    percentile(
      list.map((m) => m[key] ?? NaN),
      50,
    )
  return {
    servicesRssMb: median(services, 'rssMb'),
    bareRssMb: median(bare, 'rssMb'),
    startRssMb: median(services, 'startRssMb'),
    withSearchRssMb: median(services, 'searchRssMb'),
    servicesHeapMb: median(services, 'heapUsedMb'),
    bareHeapMb: median(bare, 'heapUsedMb'),
    settleMs: options.settleMs,
    samples: { services: services.map((m) => m.rssMb), bare: bare.map((m) => m.rssMb) },
  }
}

async function rendererHeap(options: MemoryOptions): Promise<MemoryReport['heap']> {
  ensureBuilt()
  const harness = await startHarness(options.packDir, {}, mkdtempSync(join(options.dir, 'heap-')))
  try {
    const page = await harness.context.newPage()
    await page.goto(`http://app.local/index.html#/chapter/${options.chapterId}`)
    await page.locator('article[data-ready="true"]').waitFor({ timeout: 30_000 })
    const cdp = await harness.context.newCDPSession(page)
    const heapMb = async () => {
      await page.evaluate(IDLE)
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576
    }
    /** What the heap holds, by V8 node type (a heap snapshot): says whether growth is data or compiled code. */
    const byType = async (): Promise<Record<string, number>> => {
      const chunks: string[] = []
      const take = (event: { chunk: string }) => chunks.push(event.chunk)
      cdp.on('HeapProfiler.addHeapSnapshotChunk', take)
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
      cdp.off('HeapProfiler.addHeapSnapshotChunk', take)
      return heapByType(chunks.join(''))
    }
    const start = options.pack.outline.chapters.findIndex((c) => c.id === options.chapterId)
    const directions = bounce(options.pack.outline.chapters.length, start, options.switches.total)
    let earlyMb = NaN
    let earlyTypes: Record<string, number> = {}
    for (const [i, direction] of directions.entries()) {
      await page.evaluate(IDLE)
      await page.evaluate(SWITCH_ONLY(direction))
      // The harness's own record of window.api calls would grow with every switch: not the app's.
      await page.evaluate('window.__apiCalls.splice(0)')
      if (i + 1 === options.switches.early) {
        earlyMb = await heapMb()
        earlyTypes = await byType()
      }
    }
    const totalMb = await heapMb()
    const totalTypes = await byType()
    await page.close()
    const growth = Object.fromEntries(
      Object.keys(totalTypes).map((type) => [type, (totalTypes[type] ?? 0) - (earlyTypes[type] ?? 0)]),
    )
    return { ...options.switches, earlyMb, totalMb, growthKbByType: growth }
  } finally {
    await harness.close()
  }
}

/** Self sizes summed by node type (object, array, string, code, native…), KiB, from a heap snapshot's JSON. */
export function heapByType(snapshotJson: string): Record<string, number> {
  const snapshot = JSON.parse(snapshotJson) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
    nodes: number[]
  }
  const fields = snapshot.snapshot.meta.node_fields
  const types = snapshot.snapshot.meta.node_types[0]
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  const out: Record<string, number> = {}
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt] ?? 0] ?? '?'
    out[type] = (out[type] ?? 0) + (snapshot.nodes[i + sizeAt] ?? 0) / 1024
  }
  return out
}

export async function benchMemory(options: MemoryOptions): Promise<MemoryReport> {
  const main = await mainMemory(options)
  const heap = await rendererHeap(options)
  return {
    results: {
      heap_after_50_over_after_7: ratio(heap.totalMb, heap.earlyMb),
      main_rss_over_bare: ratio(main.servicesRssMb, main.bareRssMb),
    },
    heap,
    main,
  }
}
