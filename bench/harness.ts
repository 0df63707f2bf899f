/**
 * The benchmarks' browser harness, the e2e harness's setting rebuilt: the built renderer
 * (out/renderer) in Debian's Chromium with the Playwright projects' launch options, served under
 * http://app.local by context.route with the app's CSP, the built preload run in the page with its
 * ipcRenderer bound by exposeBinding to the real IPC handlers and services on a pack (as in
 * e2e/fixtures.ts). Used by bench/renderer.ts and bench/memory.ts.
 */
import { CHROMIUM_LAUNCH } from '../e2e/chromium-launch'
import { chromium, type BrowserContext } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { mimeTypeOf, resolveAppFile } from '../src/main/app-protocol'
import { createDispatcher, type Dispatch } from '../src/main/ipc/dispatch'
import { createHandlers } from '../src/main/ipc/handlers'
import { createServices } from '../src/main/services'
import { CONTENT_SECURITY_POLICY } from '../src/main/security'
import { connectPreload, PRELOAD_BUNDLE } from '../e2e/preload-in-page'
import { FIRST_TEXT_PROBE } from './renderer-page'
import { nowMs } from './stats'

const ROOT = resolve(__dirname, '..')

export { CHROMIUM_LAUNCH }
export const RENDERER_DIR = join(ROOT, 'out', 'renderer')
export const ORIGIN = 'http://app.local'
export { PRELOAD_BUNDLE }

/** Builds the app when out/renderer or out/preload is missing (never rebuilds an existing one). */
export function ensureBuilt(): void {
  if (existsSync(join(RENDERER_DIR, 'index.html')) && existsSync(PRELOAD_BUNDLE)) return
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
}

export interface Harness {
  context: BrowserContext
  /** Every window.api call served, with the time main took to answer it (dispatch: checks + handler). */
  calls: { method: string; ms: number; phase: string }[]
  phase: string
  close(): Promise<void>
}

/**
 * The harness: Chromium with window.api bound to real services on `packDir`, the built renderer
 * served under http://app.local, plus `pages` (path → HTML or, for a `.js` path, a script) for
 * the static floors.
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
  // Each answer's time in main (checks + handler) is kept beside its method.
  const timedDispatch: Dispatch = async (method, input) => {
    const t0 = nowMs()
    const result = await dispatch(method, input)
    harness.calls.push({ method, ms: nowMs() - t0, phase: harness.phase })
    return result
  }
  await connectPreload(context, timedDispatch, ORIGIN, { timed: true })
  await context.addInitScript({ content: FIRST_TEXT_PROBE })
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY }
    const path = url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : ''
    const staticPage = pages[path]
    if (staticPage !== undefined) {
      const type = path.endsWith('.js') ? 'text/javascript' : 'text/html'
      return route.fulfill({
        status: 200,
        body: staticPage,
        headers: { ...headers, 'content-type': `${type}; charset=utf-8` },
      })
    }
    const file = url.startsWith(`${ORIGIN}/`) ? resolveAppFile(url, RENDERER_DIR, 'app.local') : null
    if (!file) return route.abort('blockedbyclient')
    try {
      return route.fulfill({
        status: 200,
        // A what-if hook: extra CSS appended to the app's stylesheet (see RendererOptions.extraCss in renderer.ts).
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
