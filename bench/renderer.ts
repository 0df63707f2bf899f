/**
 * Benchmark 4 — renderer, in the e2e harness's setting (bench/harness.ts): the built renderer in
 * Debian's Chromium, window.api bound to the real services on the Sprint 3 pack; the floors are
 * static pages of the same chapters (bench/static-floors.ts).
 *
 * - first text: navigation start → the first paragraph of the first chapter painted, read from the
 *   Element Timing API (the paragraph gets `elementtiming` the moment it is inserted, before any
 *   paint), against a static HTML page of the same chapter served the same way, with the same
 *   stylesheet (the floor);
 * - chapter switch: click "next chapter" → the new chapter's text painted (Element Timing, as for
 *   first text), timed inside the page; also until the whole chapter is built and scrolled into
 *   place (article[data-ready="true"]) and that frame painted ("complete"); against a static page
 *   swapping in the same chapters' pre-rendered HTML, timed the same way (the switch floor);
 * - the renderer's JavaScript gzipped (zlib, default level), fonts and CSS excluded.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { LoadedPack } from '../src/main/course/pack-types'
import { bounce, ensureBuilt, IDLE, ORIGIN, RENDERER_DIR, startHarness } from './harness'
import { koreanFontFamilies } from './machine'
import { FIRST_TEXT_READY, LOAD_BREAKDOWN, SWITCH_CHAPTER } from './renderer-page'
import {
  STATIC_PATH,
  STATIC_SWITCH_PATH,
  STATIC_SWITCH_SCRIPT,
  STATIC_SWITCH_SCRIPT_PATH,
  staticChapterHtml,
  staticSwitchHtml,
} from './static-floors'
import { percentile, ratio } from './stats'

/** Sum of the renderer's JavaScript files, each gzipped, in KiB. */
export function rendererJsGzipKb(dir = RENDERER_DIR): { kb: number; files: number; rawKb: number } {
  const assets = join(dir, 'assets')
  const js = readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
  let gz = 0
  let raw = 0
  for (const file of js) {
    const bytes = readFileSync(join(assets, file))
    raw += bytes.length
    gz += gzipSync(bytes).length
  }
  return { kb: gz / 1024, files: js.length, rawKb: raw / 1024 }
}

/** Opens `path` in a fresh page and returns ms from navigation start to the first text painted. */
async function firstTextMs(
  context: BrowserContext,
  path: string,
): Promise<{ ms: number; page: Page; source: 'element-timing' | 'frame' }> {
  const page = await context.newPage()
  await page.goto(`${ORIGIN}${path}`)
  const value = (await page.evaluate(FIRST_TEXT_READY).catch(async (err: unknown) => {
    const seen = await page.evaluate('document.body?.innerText.slice(0, 300) ?? ""').catch(() => '?')
    throw new Error(`no first-text timing for ${path}; the page shows: ${JSON.stringify(seen)}`, { cause: err })
  })) as { ms: number; source: 'element-timing' | 'frame' } | null
  if (!value) throw new Error('no first-text timing')
  return { ...value, page }
}

/** What SWITCH_CHAPTER returns (see renderer-page.ts). */
interface SwitchTiming {
  ms: number
  completeMs: number
  shownAt: number
}

/** Clicks the next (or previous) chapter button and times it until the new chapter's text is painted, and until it is complete. */
async function switchMs(page: Page, direction: 'next' | 'previous'): Promise<SwitchTiming> {
  return (await page.evaluate(SWITCH_CHAPTER(direction))) as SwitchTiming
}

export interface RendererOptions {
  pack: LoadedPack
  packDir: string
  chapterId: string
  /** Timed loads of the app and of the static page each (after `warmup` untimed ones). */
  loads: number
  warmup: number
  /** Timed chapter switches. */
  switches: number
  /** Scratch space for the harness's data directory. */
  dir: string
  /**
   * What-if experiments only (never in `npm run bench`): CSS appended to every stylesheet served,
   * to measure a styling change without rebuilding the renderer. Applies to the static floor too.
   */
  extraCss?: string
}

export interface RendererReport {
  results: {
    first_text_ms: number
    static_floor_ms: number
    first_text_over_floor: number
    switch_p95_ms: number
    js_gzip_kb: number
    /** switch_p95_ms over the same switches' p95 on the static swap page (the switch floor). */
    switch_p95_over_floor: number
  }
  samples: { app: number[]; static: number[]; switches: number[]; switchesComplete: number[]; staticSwitches: number[] }
  /** The switch floor: the same chapters' pre-rendered HTML swapped into a static page, to its text painted. */
  staticSwitch: { p50Ms: number; p95Ms: number }
  timingSource: string[]
  js: { files: number; rawKb: number }
  switchP50Ms: number
  /** Click → the whole chapter built and scrolled into place, painted (switch_p95_ms stops at its text). */
  switchComplete: { p50Ms: number; p95Ms: number }
  /**
   * How long the page waited on window.api before it could render, as the page saw it: per switch
   * the slower of the getChapter/getChapterState calls answered before the new chapter was shown
   * (none when both were prefetched), p50; for the profiled load the time the first-screen request
   * (getStartup) was outstanding. In the harness each call crosses
   * Playwright's CDP binding; Electron's IPC is a fraction of a millisecond.
   */
  apiWait: { switchP50Ms: number; loadMs: number }
  /** Main's side of the window.api calls, by phase and method: how much of a load or switch is IPC work. */
  ipc: Record<string, { calls: number; p50_ms: number; max_ms: number }>
  /**
   * Where the time goes: one app load's timeline (page clock: HTML, JS/CSS responses, every
   * window.api call, first text) and, per timed switch, the window.api calls it made as the page saw
   * them (main's work plus the harness's CDP round trip).
   */
  breakdown: { load: unknown; switches: { ms: number; api: { method: string; ms: number; waited: boolean }[] }[] }
  /**
   * Font families on the machine that cover Korean (koreanFontFamilies), null when unknown. With
   * none, the floor's first text is a paint of empty boxes: the table flags the figure.
   */
  koreanFonts: number | null
}

/**
 * How long a load had first-screen requests outstanding: the union of the intervals of the first
 * getStartup call (and of the single-purpose calls a renderer may send instead).
 */
function loadApiWait(load: unknown): number {
  const calls = (load as { apiCalls?: { method: string; start: number; end: number }[] } | null)?.apiCalls ?? []
  const firsts = ['getStartup', 'getCatalog', 'getOutline', 'getChapter', 'getChapterState']
    .map((method) => calls.find((c) => c.method === method))
    .filter((c) => c !== undefined)
    .sort((a, b) => a.start - b.start)
  let total = 0
  let reached = Number.NEGATIVE_INFINITY
  for (const { start, end } of firsts) {
    total += Math.max(0, end - Math.max(start, reached))
    reached = Math.max(reached, end)
  }
  return total
}

export async function benchRenderer(options: RendererOptions): Promise<RendererReport> {
  ensureBuilt()
  const harness = await startHarness(
    options.packDir,
    {
      [STATIC_PATH]: staticChapterHtml(options.pack, options.chapterId),
      [STATIC_SWITCH_PATH]: staticSwitchHtml(options.pack, options.chapterId),
      [STATIC_SWITCH_SCRIPT_PATH]: STATIC_SWITCH_SCRIPT,
    },
    options.dir,
    options.extraCss,
  )
  const samples = {
    app: [] as number[],
    static: [] as number[],
    switches: [] as number[],
    switchesComplete: [] as number[],
    staticSwitches: [] as number[],
  }
  const sources = new Set<string>()
  const breakdown: RendererReport['breakdown'] = { load: null, switches: [] }
  try {
    const appPath = `/index.html#/chapter/${options.chapterId}`
    for (let i = 0; i < options.warmup + options.loads; i++) {
      // Alternate which goes first, so neither always runs right after the other's page closed.
      const order = i % 2 === 0 ? (['app', 'static'] as const) : (['static', 'app'] as const)
      for (const kind of order) {
        const run = await firstTextMs(harness.context, kind === 'app' ? appPath : STATIC_PATH)
        sources.add(run.source)
        await run.page.close()
        if (i >= options.warmup) samples[kind].push(run.ms)
      }
    }

    const page = (await firstTextMs(harness.context, appPath)).page
    await page.locator('article[data-ready="true"]').waitFor({ timeout: 30_000 })
    breakdown.load = await page.evaluate(LOAD_BREAKDOWN)
    await page.evaluate('window.__apiCalls.splice(0)')
    // The switch floor, open beside the app. Headless pages are all visible, but only the one in
    // front has its frames presented (Element Timing), so each is brought to front for its turn.
    const floor = await harness.context.newPage()
    await floor.goto(`${ORIGIN}${STATIC_SWITCH_PATH}`)
    await floor.locator('article[data-ready="true"]').waitFor({ timeout: 30_000 })
    harness.phase = 'switch'
    const start = options.pack.outline.chapters.findIndex((c) => c.id === options.chapterId)
    // Two untimed switches, then timed ones, bouncing between the first and last chapter; the app
    // and the floor take turns, each given idle time first so neither pays for the other's leftovers.
    const directions = bounce(options.pack.outline.chapters.length, start, options.switches + 2)
    for (const [i, direction] of directions.entries()) {
      await page.bringToFront()
      await page.evaluate(IDLE)
      const { ms, completeMs, shownAt } = await switchMs(page, direction)
      const api = (await page.evaluate('window.__apiCalls.splice(0)')) as {
        method: string
        start: number
        end: number
      }[]
      await floor.bringToFront()
      await floor.evaluate(IDLE)
      const staticMs = (await switchMs(floor, direction)).ms
      if (i < 2) continue
      samples.switches.push(ms)
      samples.switchesComplete.push(completeMs)
      samples.staticSwitches.push(staticMs)
      breakdown.switches.push({
        ms,
        // Only calls answered before the new chapter showed can have held it up; the rest (its
        // neighbours' prefetches, sent as it is shown) were not waited for.
        api: api.map((c) => ({ method: c.method, ms: c.end - c.start, waited: c.end <= shownAt })),
      })
    }
    await floor.close()
    await page.close()
  } finally {
    await harness.close()
  }
  const js = rendererJsGzipKb()
  const ipc: RendererReport['ipc'] = {}
  const byKey = new Map<string, number[]>()
  for (const call of harness.calls)
    byKey.set(`${call.phase} ${call.method}`, [...(byKey.get(`${call.phase} ${call.method}`) ?? []), call.ms])
  for (const [key, ms] of byKey) ipc[key] = { calls: ms.length, p50_ms: percentile(ms, 50), max_ms: Math.max(...ms) }
  const first_text_ms = percentile(samples.app, 50)
  const static_floor_ms = percentile(samples.static, 50)
  return {
    results: {
      first_text_ms,
      static_floor_ms,
      first_text_over_floor: ratio(first_text_ms, static_floor_ms),
      switch_p95_ms: percentile(samples.switches, 95),
      js_gzip_kb: js.kb,
      switch_p95_over_floor: ratio(percentile(samples.switches, 95), percentile(samples.staticSwitches, 95)),
    },
    staticSwitch: { p50Ms: percentile(samples.staticSwitches, 50), p95Ms: percentile(samples.staticSwitches, 95) },
    koreanFonts: koreanFontFamilies(),
    samples,
    timingSource: [...sources],
    js: { files: js.files, rawKb: js.rawKb },
    switchP50Ms: percentile(samples.switches, 50),
    switchComplete: {
      p50Ms: percentile(samples.switchesComplete, 50),
      p95Ms: percentile(samples.switchesComplete, 95),
    },
    apiWait: {
      switchP50Ms: percentile(
        breakdown.switches.map((sw) =>
          Math.max(
            0,
            ...sw.api
              .filter((c) => c.waited && (c.method === 'getChapter' || c.method === 'getChapterState'))
              .map((c) => c.ms),
          ),
        ),
        50,
      ),
      loadMs: loadApiWait(breakdown.load),
    },
    ipc,
    breakdown,
  }
}
