import {
  test as base,
  type Browser,
  type BrowserContext,
  type ElectronApplication,
  type Page,
  _electron,
} from '@playwright/test'
import { CHROMIUM_LAUNCH } from './chromium-launch'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { mimeTypeOf, resolveAppFile } from '../src/main/app-protocol'
import { createDispatcher, type Dispatch } from '../src/main/ipc/dispatch'
import { createHandlers } from '../src/main/ipc/handlers'
import { createServices, type Services } from '../src/main/services'
import { createFakeDialogs, type FakeDialogs } from '../test/support/fake-dialogs'
import { CONTENT_SECURITY_POLICY } from '../src/main/security'
import { connectPreload } from './preload-in-page'
import { MINI_PACK, REPO_ROOT as ROOT } from '../test/support/packs'

export type AppKind = 'harness' | 'electron'

const RENDERER_DIR = join(ROOT, 'out', 'renderer')
export const HARNESS_ORIGIN = 'http://app.local'
export { MINI_PACK }

/** A running app, whichever way it was started. */
export interface AppHandle {
  page: Page
  dataDir: string
  /** The origin the renderer is served from. */
  origin: string
  /** Every URL the page requested, for the "nothing leaves the machine" assertion. */
  requests: string[]
  /** Stops the app and starts it again on the same data directory. */
  /**
   * Stops the app and starts it again on the same data directory; `whileStopped` runs in
   * between (e.g. to damage the database file the way a crash or a disk might).
   */
  restart(whileStopped?: () => void): Promise<void>
  /** The harness's stand-in for native dialogs (set what the learner picks); null in Electron. */
  dialogs: FakeDialogs | null
  /** IPC channels the page invoked, in order (harness only: Electron's transport is not observed). */
  channels: string[] | null
  /** The running Electron app (electron project only), e.g. to stand in for a native dialog. */
  electron: ElectronApplication | null
}

export interface AppOptions {
  appKind: AppKind
  /** Course pack folders the app loads (a small fixture pack by default). */
  packDirs: string[]
  /** Files written into the data directory before the first start (e.g. a corrupt database). */
  seedFiles: Record<string, string>
}

export const test = base.extend<AppOptions & { app: AppHandle }, { harnessBrowser: () => Promise<Browser> }>({
  // Chromium is launched only when a harness test asks for it: the electron project on a release
  // runner (Windows, macOS) has no /usr/bin/chromium and needs none.
  harnessBrowser: [
    async ({ playwright }, use) => {
      const state: { launched: Promise<Browser> | null } = { launched: null }
      await use(() => (state.launched ??= playwright.chromium.launch(CHROMIUM_LAUNCH)))
      if (state.launched) await (await state.launched).close()
    },
    { scope: 'worker' },
  ],
  appKind: ['harness', { option: true }],
  packDirs: [[MINI_PACK], { option: true }],
  seedFiles: [{}, { option: true }],
  app: async ({ appKind, packDirs, seedFiles, harnessBrowser }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'another-class-e2e-'))
    for (const [name, content] of Object.entries(seedFiles)) writeFileSync(join(dataDir, name), content)
    try {
      if (appKind === 'harness') {
        const browser = await harnessBrowser()
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
        const handle = await startHarness(context, dataDir, packDirs)
        await use(handle.app)
        await context.close()
        handle.stop()
      } else {
        await runElectron(dataDir, packDirs, use)
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  },
})

export const expect = test.expect

/**
 * The harness: the built renderer in Chromium running the built preload, whose ipcRenderer.invoke
 * reaches the real registerIpc handlers (channel names, sender-frame check, dispatcher) and the
 * real services in this process. Only Electron's transport is replaced, by page.exposeBinding.
 */
async function startHarness(context: BrowserContext, dataDir: string, packDirs: string[]) {
  const dialogs = createFakeDialogs()
  let services: Services = createServices({ dataDir, packDirs, dialogs })
  let dispatch: Dispatch = createDispatcher(createHandlers(services))
  const requests: string[] = []
  const channels: string[] = []
  // Registered once, as in the app; a restart swaps the services behind the same handlers.
  await connectPreload(context, (method, input) => dispatch(method, input), HARNESS_ORIGIN, {
    onChannel: (channel) => channels.push(channel),
  })
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    requests.push(url)
    const file = url.startsWith(`${HARNESS_ORIGIN}/`) ? resolveAppFile(url, RENDERER_DIR, 'app.local') : null
    if (!file) return route.abort('blockedbyclient')
    try {
      const body = readFileSync(file)
      return route.fulfill({
        status: 200,
        body,
        headers: { 'content-type': mimeTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
      })
    } catch {
      return route.fulfill({ status: 404, body: `not found: ${extname(file)}` })
    }
  })

  const page = await context.newPage()
  await page.goto(`${HARNESS_ORIGIN}/index.html`)
  const app: AppHandle = {
    page,
    dataDir,
    origin: HARNESS_ORIGIN,
    dialogs,
    requests,
    channels,
    electron: null,
    async restart(whileStopped) {
      services.close()
      whileStopped?.()
      services = createServices({ dataDir, packDirs, dialogs })
      dispatch = createDispatcher(createHandlers(services))
      await page.reload()
    },
  }
  return { app, stop: () => services.close() }
}

/** Real Electron through Playwright's _electron, where a binary exists; otherwise a clear skip. */
async function runElectron(dataDir: string, packDirs: string[], use: (app: AppHandle) => Promise<void>) {
  const env = await import('../scripts/electron-env.mjs')
  const binary = env.electronBinary()
  // The release workflow sets this: there a missing Electron is a failure, not a skip.
  if (process.env['ANOTHER_CLASS_REQUIRE_ELECTRON'] && (!binary || !existsSync(env.electronNativeBindingPath()))) {
    throw new Error('ANOTHER_CLASS_REQUIRE_ELECTRON is set, but Electron or its build of better-sqlite3 is missing')
  }
  test.skip(
    !binary,
    'No Electron binary on this machine (offline install); run `npx install-electron` to enable the electron project.',
  )
  test.skip(
    !existsSync(env.electronNativeBindingPath()),
    'No Electron build of better-sqlite3 yet; `npm start` (or `node scripts/postinstall.mjs`) makes it.',
  )
  let electronApp = await launch()
  let page = await electronApp.firstWindow()
  const requests: string[] = []
  const track = (p: Page) => p.on('request', (r) => requests.push(r.url()))
  track(page)

  async function launch() {
    return _electron.launch({
      executablePath: binary as string,
      args: [ROOT],
      env: { ...process.env, ANOTHER_CLASS_USER_DATA: dataDir, ANOTHER_CLASS_PACKS: packDirs.join('\n') },
    })
  }
  const app: AppHandle = {
    get page() {
      return page
    },
    dataDir,
    origin: 'app://renderer',
    dialogs: null,
    channels: null,
    get electron() {
      return electronApp
    },
    requests,
    async restart(whileStopped) {
      await electronApp.close()
      whileStopped?.()
      electronApp = await launch()
      page = await electronApp.firstWindow()
      track(page)
    },
  }
  try {
    await use(app)
  } finally {
    await electronApp.close()
  }
}
