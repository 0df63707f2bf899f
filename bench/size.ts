/**
 * Benchmark 6 — size: the renderer's JavaScript gzipped, the preload bundle, and what the packaged
 * app carries under resources/ (app.asar, its unpacked part and the course packs), from the
 * packaging dry run (scripts/dist-dir.mjs: electron-builder's `dir` target, against a stand-in
 * Electron distribution where no Electron binary is installed — the resources/ folder is the
 * same either way, only Electron's own files beside it differ).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ensureBuilt, PRELOAD_BUNDLE } from './harness'
import { rendererJsGzipKb } from './renderer'

const ROOT = resolve(__dirname, '..')

export interface SizeOptions {
  /** Scratch space for the packaging dry run. */
  dir: string
  /** Run the packaging dry run (a few seconds); off in the smoke test. */
  packaged: boolean
}

export interface SizeReport {
  results: { renderer_js_gzip_kb: number; preload_kb: number }
  js: { files: number; rawKb: number }
  /** resources/ of the packaged app, KiB, by entry; null when the dry run was skipped or failed. */
  packaged: { totalKb: number; parts: Record<string, number>; how: string } | null
}

function sizeOf(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0)
}

/** Runs the packaging dry run into `dir` and sizes resources/ in it. */
export function packagedResources(dir: string): NonNullable<SizeReport['packaged']> {
  const out = join(dir, 'dist')
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'dist-dir.mjs'), '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`packaging dry run failed:\n${run.stdout}\n${run.stderr}`)
  const resources = join(out, 'linux-unpacked', 'resources')
  const parts = Object.fromEntries(readdirSync(resources).map((name) => [name, sizeOf(join(resources, name)) / 1024]))
  return {
    totalKb: Object.values(parts).reduce((a, b) => a + b, 0),
    parts,
    how: /DRY RUN/.test(run.stdout) ? 'dry run, stand-in Electron (no Electron binary here)' : 'installed Electron',
  }
}

export function benchSize(options: SizeOptions): SizeReport {
  ensureBuilt()
  const js = rendererJsGzipKb()
  return {
    results: { renderer_js_gzip_kb: js.kb, preload_kb: statSync(PRELOAD_BUNDLE).size / 1024 },
    js: { files: js.files, rawKb: js.rawKb },
    packaged: options.packaged ? packagedResources(options.dir) : null,
  }
}
