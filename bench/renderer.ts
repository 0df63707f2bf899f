/**
 * Benchmark 4 — renderer, in the e2e harness's setting: the built renderer (out/renderer) in
 * Debian's Chromium with the Playwright project's launch options, served under http://app.local
 * by page.route, window.api bound with exposeBinding to the real services on the Sprint 3 pack.
 *
 * - first text: navigation start → the first paragraph of the first chapter painted, read from the
 *   Element Timing API (the paragraph gets `elementtiming` the moment it is inserted, before any
 *   paint), against a static HTML page of the same chapter served the same way, with the same
 *   stylesheet (the floor);
 * - chapter switch: click "next chapter" → the new chapter's text painted (Element Timing, as for
 *   first text), timed inside the page; also until the whole chapter is built and scrolled into
 *   place (article[data-ready="true"]) and that frame painted ("complete");
 * - the renderer's JavaScript gzipped (zlib, default level), fonts and CSS excluded.
 */
import { CHROMIUM_LAUNCH } from '../e2e/chromium-launch'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { mimeTypeOf, resolveAppFile } from '../src/main/app-protocol'
import type { LoadedPack } from '../src/main/course/pack-types'
import { createDispatcher } from '../src/main/ipc/dispatch'
import { createHandlers } from '../src/main/ipc/handlers'
import { createServices } from '../src/main/services'
import { CONTENT_SECURITY_POLICY, isTrustedSenderUrl } from '../src/main/security'
import { methods } from '../src/shared/ipc/contract'
import { FIRST_TEXT_PROBE, FIRST_TEXT_READY, LOAD_BREAKDOWN, SWITCH_CHAPTER } from './renderer-page'
import { nowMs, percentile, ratio } from './stats'

const ROOT = resolve(__dirname, '..')

export { CHROMIUM_LAUNCH }
export const RENDERER_DIR = join(ROOT, 'out', 'renderer')
const ORIGIN = 'http://app.local'
const STATIC_PATH = '/__bench/static-chapter.html'
const STATIC_SWITCH_PATH = '/__bench/static-switch.html'
const STATIC_SWITCH_SCRIPT_PATH = '/__bench/static-switch.js'

export const PRELOAD_BUNDLE = join(ROOT, 'out', 'preload', 'index.js')

/** Builds the app when out/renderer or out/preload is missing (never rebuilds an existing one). */
export function ensureBuilt(): void {
  if (existsSync(join(RENDERER_DIR, 'index.html')) && existsSync(PRELOAD_BUNDLE)) return
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
}

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

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A chapter's title and section prose, as static HTML: what the floors show of it. */
function staticChapterBody(pack: LoadedPack, chapterId: string): { title: string; body: string } {
  const chapter = pack.chapters.get(chapterId)
  if (!chapter) throw new Error(`no chapter ${chapterId}`)
  const sections = chapter.sections
    .map((s) => {
      const prose = s.blocks.map((b) => (b.kind === 'prose' ? `<div class="prose">${b.html}</div>` : '')).join('\n')
      return `<section class="section" id="${s.id}"><h2>${escapeHtml(s.title)}</h2>\n${prose}</section>`
    })
    .join('\n')
  return { title: chapter.title, body: `<h1>${escapeHtml(chapter.title)}</h1>\n${sections}` }
}

const staticHead = (title: string, rendererDir: string, extra = '') =>
  `<!doctype html>
<html lang="ko"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${escapeHtml(title)}</title>
${readdirSync(join(rendererDir, 'assets'))
  .filter((f) => f.endsWith('.css'))
  .map((f) => `<link rel="stylesheet" href="/assets/${f}" />`)
  .join('\n')}${extra}
</head>`

/** The floor: the chapter's title and section prose as one static page, with the app's stylesheet. */
export function staticChapterHtml(pack: LoadedPack, chapterId: string, rendererDir = RENDERER_DIR): string {
  const { title, body } = staticChapterBody(pack, chapterId)
  return `${staticHead(title, rendererDir)}<body><main id="main"><article class="chapter">${body}
</article></main></body></html>`
}

/**
 * The switch floor: a static page holding every chapter's title and prose pre-rendered in
 * `<template>`s (parsed, never shown), with the app's stylesheet and "previous"/"next chapter"
 * buttons whose click swaps the neighbouring chapter's copy into the article
 * (STATIC_SWITCH_SCRIPT). Timed with the same in-page code as the app's switch.
 */
export function staticSwitchHtml(pack: LoadedPack, chapterId: string, rendererDir = RENDERER_DIR): string {
  const ids = pack.outline.chapters.map((c) => c.id)
  const templates = ids
    .map((id) => `<template data-chapter="${id}">${staticChapterBody(pack, id).body}</template>`)
    .join('\n')
  return `${staticHead(pack.chapters.get(chapterId)?.title ?? chapterId, rendererDir, `\n<script src="${STATIC_SWITCH_SCRIPT_PATH}" defer></script>`)}<body>
<main id="main"><article class="chapter" data-start="${chapterId}"></article>
<nav><button data-testid="previous-chapter">이전 챕터</button> <button data-testid="next-chapter">다음 챕터</button></nav>
</main>
${templates}
</body></html>`
}

/** The switch floor's only script: swap a chapter's pre-rendered copy in, nothing else. */
const STATIC_SWITCH_SCRIPT = `(() => {
  const article = document.querySelector('article')
  const templates = [...document.querySelectorAll('template[data-chapter]')]
  let at = Math.max(0, templates.findIndex((t) => t.dataset.chapter === article.dataset.start))
  const show = (i) => {
    at = Math.min(templates.length - 1, Math.max(0, i))
    article.replaceChildren(templates[at].content.cloneNode(true))
    window.scrollTo(0, 0)
    article.dataset.ready = 'true'
  }
  document.querySelector('[data-testid="next-chapter"]').addEventListener('click', () => show(at + 1))
  document.querySelector('[data-testid="previous-chapter"]').addEventListener('click', () => show(at - 1))
  show(at)
})()
`

export interface Harness {
  context: BrowserContext
  /** Every window.api call served, with the time main took to answer it (dispatch: checks + handler). */
  calls: { method: string; ms: number; phase: string }[]
  phase: string
  close(): Promise<void>
}

/**
 * The harness: Chromium with window.api bound to real services on `packDir`, the built renderer
 * served under http://app.local, plus `pages` (path → HTML) for the static floors.
 */
export async function startHarness(
  packDir: string,
  pages: Record<string, string>,
  dir: string,
  extraCss = '',
): Promise<Harness> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH)
  const dataDir = mkdtempSync(join(dir, 'renderer-data-'))
  const services = createServices({ dataDir, packDirs: [packDir] })
  const dispatch = createDispatcher(createHandlers(services))
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const harness: Harness = {
    context,
    calls: [],
    phase: 'load',
    async close() {
      await context.close()
      await browser.close()
      services.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
  await context.exposeBinding('__anotherClassInvoke', async (source, method: string, input: unknown) => {
    if (!isTrustedSenderUrl(source.frame.url(), ORIGIN)) {
      return { ok: false, error: { code: 'forbidden_sender', message: 'Calls are only accepted from the app itself' } }
    }
    const t0 = nowMs()
    const result = await dispatch(method, input)
    harness.calls.push({ method, ms: nowMs() - t0, phase: harness.phase })
    return result
  })
  // The same window.api as e2e/fixtures.ts builds: one named function per contract method.
  await context.addInitScript({
    content: `(() => {
      const invoke = window.__anotherClassInvoke
      // Each call's start and end in page time, for the breakdown in notes.json.
      window.__apiCalls = []
      const timed = (name) => async (input) => {
        const start = performance.now()
        try {
          return await invoke(name, input)
        } finally {
          window.__apiCalls.push({ method: name, start, end: performance.now() })
        }
      }
      const api = Object.fromEntries(${JSON.stringify(methods)}.map((name) => [name, timed(name)]))
      Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false })
    })()`,
  })
  await context.addInitScript({ content: FIRST_TEXT_PROBE })
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY }
    const path = url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : ''
    const staticPage = pages[path]
    if (staticPage !== undefined) {
      return route.fulfill({
        status: 200,
        body: staticPage,
        headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
      })
    }
    if (path === STATIC_SWITCH_SCRIPT_PATH) {
      return route.fulfill({
        status: 200,
        body: STATIC_SWITCH_SCRIPT,
        headers: { ...headers, 'content-type': 'text/javascript; charset=utf-8' },
      })
    }
    const file = url.startsWith(`${ORIGIN}/`) ? resolveAppFile(url, RENDERER_DIR, 'app.local') : null
    if (!file) return route.abort('blockedbyclient')
    try {
      return route.fulfill({
        status: 200,
        // A what-if hook: extra CSS appended to the app's stylesheet (see RendererOptions.extraCss).
        body:
          extraCss && file.endsWith('.css')
            ? Buffer.concat([readFileSync(file), Buffer.from(`\n${extraCss}\n`)])
            : readFileSync(file),
        headers: { ...headers, 'content-type': mimeTypeOf(file) },
      })
    } catch {
      return route.fulfill({ status: 404, body: 'not found' })
    }
  })
  return harness
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

/** The directions of `count` chapter switches from `start`, bouncing between the first and last chapter. */
export function bounce(chapters: number, start: number, count: number): ('next' | 'previous')[] {
  const out: ('next' | 'previous')[] = []
  let position = start
  let direction: 'next' | 'previous' = 'next'
  for (let i = 0; i < count; i++) {
    if (position >= chapters - 1) direction = 'previous'
    if (position <= 0) direction = 'next'
    out.push(direction)
    position += direction === 'next' ? 1 : -1
  }
  return out
}

/** Resolves once the page has had idle time (at most 1 s): what a switch left behind is done. */
export const IDLE = 'new Promise((idle) => requestIdleCallback(() => idle(), { timeout: 1000 }))'

export async function benchRenderer(options: RendererOptions): Promise<RendererReport> {
  ensureBuilt()
  const harness = await startHarness(
    options.packDir,
    {
      [STATIC_PATH]: staticChapterHtml(options.pack, options.chapterId),
      [STATIC_SWITCH_PATH]: staticSwitchHtml(options.pack, options.chapterId),
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
