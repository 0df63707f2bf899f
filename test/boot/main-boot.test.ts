// Boots the BUILT main process (out/main/index.js, as Electron would load it) under Node against
// the stand-in `electron` module in test/support/fake-electron.ts, and checks what main does at
// each step of its life. `npm test` builds before it runs the unit tests.
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security'
import { channelOf, METHOD_NAMES } from '../../src/shared/ipc/methods'
import { createFakeElectron, type FakeElectron, type FakeMenuItem } from '../support/fake-electron'
import { fixturePack, MINI_PACK, REPO_ROOT as ROOT } from '../support/packs'

const MAIN = join(ROOT, 'out', 'main', 'index.js')
const APP_PAGE = 'app://renderer/index.html'
const nodeRequire = createRequire(__filename)

type Loader = { _load: (request: string, parent: unknown, isMain: boolean) => unknown }

/** Loads the built main with `require('electron')` answered by the fake. */
function loadMain(fake: FakeElectron): void {
  const loader = Module as unknown as Loader
  const original = loader._load
  loader._load = function (this: unknown, request, parent, isMain) {
    if (request === 'electron') return fake.module
    return original.call(this, request, parent, isMain)
  }
  try {
    delete nodeRequire.cache[MAIN]
    nodeRequire(MAIN)
  } finally {
    loader._load = original
  }
}

const dirs: string[] = []
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `ac-boot-${name}-`))
  dirs.push(dir)
  return dir
}
const started: FakeElectron[] = []
const savedEnv = { ...process.env }
const savedResourcesPath = (process as { resourcesPath?: string }).resourcesPath

afterEach(() => {
  // Quit whatever a test left running, so its database closes before its folder is removed.
  for (const fake of started.splice(0)) fake.app.emit('will-quit')
  process.env = { ...savedEnv }
  ;(process as { resourcesPath?: string }).resourcesPath = savedResourcesPath
  vi.restoreAllMocks()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm test does).`)
})

interface BootOptions {
  isPackaged?: boolean
  lock?: boolean
  userData?: string
  env?: Record<string, string>
}

/** A booted app before `ready`; call `fake.ready()` to go on. */
function boot(options: BootOptions = {}): FakeElectron {
  for (const [key, value] of Object.entries(options.env ?? {})) process.env[key] = value
  const fake = createFakeElectron({
    appPath: ROOT,
    userData: options.userData ?? tempDir('profile'),
    isPackaged: options.isPackaged ?? false,
    lock: options.lock ?? true,
  })
  loadMain(fake)
  started.push(fake)
  return fake
}

const call = (fake: FakeElectron, method: string, input: unknown = {}, sender: string | null = APP_PAGE) =>
  fake.ipcMain.invoke(`api:${method}`, sender, input) as Promise<{
    ok: boolean
    value?: unknown
    error?: { code: string }
  }>

const labels = (items: FakeMenuItem[] | undefined): string[] =>
  (items ?? []).flatMap((item) => [item.label ?? item.role ?? item.type ?? '', ...labels(item.submenu)])

describe('before ready', () => {
  it('registers the app scheme as privileged and takes the single-instance lock', () => {
    const fake = boot({ env: { ANOTHER_CLASS_PACKS: MINI_PACK } })
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ])
    expect(fake.calls).toContain('app.requestSingleInstanceLock')
    expect(fake.calls).not.toContain('app.ready')
    expect(fake.windows).toHaveLength(0)
    expect(fake.ipcMain.handlers.size).toBe(0)
  })

  it('a second instance quits at once and opens nothing', async () => {
    const fake = boot({ lock: false, env: { ANOTHER_CLASS_PACKS: MINI_PACK } })
    expect(fake.app.quitCalls).toBe(1)
    await fake.ready()
    expect(fake.windows).toHaveLength(0)
    expect(fake.ipcMain.handlers.size).toBe(0)
  })
})

describe('after ready (a source run)', () => {
  async function ready() {
    const dataDir = tempDir('data')
    const interval = vi.spyOn(globalThis, 'setInterval')
    const clear = vi.spyOn(globalThis, 'clearInterval')
    const fake = boot({ env: { ANOTHER_CLASS_USER_DATA: dataDir, ANOTHER_CLASS_PACKS: MINI_PACK } })
    await fake.ready()
    const win = fake.windows[0]!
    return { fake, win, dataDir, interval, clear }
  }

  it('honours the test profile, denies every permission and locks down every web contents', async () => {
    const { fake, win, dataDir } = await ready()
    expect(fake.app.getPath('userData')).toBe(dataDir)
    expect(existsSync(join(dataDir, 'progress.sqlite'))).toBe(true)
    let granted: boolean | undefined
    fake.permissionRequestHandler?.({}, 'media', (g) => (granted = g))
    expect(granted).toBe(false)
    expect(fake.permissionCheckHandler?.({}, 'notifications')).toBe(false)
    expect(win.webContents.emitPreventable('will-navigate', 'https://example.com/')).toBe(true)
    expect(win.webContents.emitPreventable('will-navigate', 'app://renderer/index.html#/review')).toBe(false)
    expect(win.webContents.emitPreventable('will-attach-webview')).toBe(true)
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('serves index.html with the CSP and refuses traversal and other hosts', async () => {
    const { fake } = await ready()
    const handler = fake.protocolHandlers.get('app')!
    // The handler reads only request.url; raw strings test what a URL parser would tidy away.
    const get = (url: string) => Promise.resolve(handler({ url } as Request))
    const index = await get(APP_PAGE)
    expect(index.status).toBe(200)
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await index.text()).toContain('<div id="app"')
    const secret = readFileSync(join(ROOT, 'package.json'), 'utf8')
    for (const url of [
      'app://renderer/../../package.json',
      'app://renderer/..%2f..%2fpackage.json',
      'app://renderer/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://renderer/assets/..%5c..%5c..%5cpackage.json',
      'app://evil/index.html',
      'app://renderer.evil/index.html',
    ]) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toBe(secret)
    }
  })

  it('has exactly one ipcMain handler per contract method, on the preload’s channel, checking the sender', async () => {
    const { fake } = await ready()
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort())
    // The built preload, run with a recording bridge: every function it exposes sends on a channel
    // that has its handler.
    const sent: string[] = []
    let exposed: Record<string, (input: unknown) => unknown> = {}
    const bridge = {
      contextBridge: { exposeInMainWorld: (_key: string, api: typeof exposed) => (exposed = api) },
      ipcRenderer: { invoke: (channel: string) => sent.push(channel) },
    }
    const preload = readFileSync(join(ROOT, 'out', 'preload', 'index.js'), 'utf8')
    new Function('require', preload)((name: string) => (name === 'electron' ? bridge : undefined))
    expect(Object.keys(exposed).sort()).toEqual([...METHOD_NAMES].sort())
    for (const fn of Object.values(exposed)) fn({})
    expect(sent.sort()).toEqual([...fake.ipcMain.handlers.keys()].sort())
    expect(await call(fake, 'getCatalog')).toMatchObject({ ok: true })
    expect(await call(fake, 'getCatalog', {}, 'https://example.com/')).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    })
    expect(await call(fake, 'getCatalog', {}, null)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } })
  })

  it('opens one secure window on app://renderer/index.html, with developer tools in a source run', async () => {
    const { fake, win } = await ready()
    expect(fake.windows).toHaveLength(1)
    expect(win.options['webPreferences']).toMatchObject({
      preload: join(ROOT, 'out', 'preload', 'index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: true,
    })
    expect(existsSync((win.options['webPreferences'] as { preload: string }).preload)).toBe(true)
    expect(win.loadedUrl).toBe(APP_PAGE)
    // A source run keeps reload and developer tools in the menu.
    const menu = labels(fake.applicationMenu?.items)
    expect(menu).toEqual(expect.arrayContaining(['파일', '보기', '이동', '도움말', '새로 고침', '개발자 도구']))
  })

  it('a second instance restores and focuses the window', async () => {
    const { fake, win } = await ready()
    win.minimized = true
    fake.app.emit('second-instance')
    expect(win.isMinimized()).toBe(false)
    expect(win.focused).toBe(true)
  })

  it('the menu follows the UI language', async () => {
    const { fake } = await ready()
    expect(await call(fake, 'updateSettings', { locale: 'en' })).toMatchObject({ ok: true })
    expect(labels(fake.applicationMenu?.items)).toEqual(expect.arrayContaining(['File', 'View', 'Go', 'Help']))
  })

  it('saves the window bounds on close; will-quit stops the backup timer and closes the database', async () => {
    const { fake, win, dataDir, interval, clear } = await ready()
    const hourly = interval.mock.results.find((r, i) => interval.mock.calls[i]?.[1] === 60 * 60 * 1000)
    expect(hourly).toBeDefined()
    win.bounds = { x: 40, y: 30, width: 900, height: 640 }
    win.close()
    expect(fake.app.quitCalls).toBe(1)
    fake.app.emit('will-quit')
    started.splice(started.indexOf(fake), 1)
    expect(clear).toHaveBeenCalledWith(hourly!.value)
    // Closing the last connection checkpoints the WAL and removes it.
    expect(existsSync(join(dataDir, 'progress.sqlite-wal'))).toBe(false)
    const again = boot({ env: { ANOTHER_CLASS_USER_DATA: dataDir, ANOTHER_CLASS_PACKS: MINI_PACK } })
    await again.ready()
    expect(again.windows[0]!.options).toMatchObject({ x: 40, y: 30, width: 900, height: 640 })
  })
})

describe('trouble at start-up', () => {
  it('a broken pack and a missing pack still open the window, with a notice for each', async () => {
    const dataDir = tempDir('data')
    const missing = join(dataDir, 'no-such-pack')
    const broken = fixturePack('broken-yaml-syntax')
    const fake = boot({
      env: { ANOTHER_CLASS_USER_DATA: dataDir, ANOTHER_CLASS_PACKS: [broken, missing].join('\n') },
    })
    await fake.ready()
    expect(fake.windows).toHaveLength(1)
    expect(fake.windows[0]!.loadedUrl).toBe(APP_PAGE)
    const notices = (await call(fake, 'getNotices')).value as { kind: string; dir?: string }[]
    expect(notices.filter((n) => n.kind === 'pack-broken').map((n) => n.dir)).toEqual([
      'broken-yaml-syntax',
      'no-such-pack',
    ])
  })

  it('a database it cannot use shows the error box and quits, leaving the file as it was', async () => {
    const dataDir = tempDir('data')
    const file = join(dataDir, 'progress.sqlite')
    const db = new Database(file)
    db.pragma('user_version = 999')
    db.close()
    const before = createHash('sha256').update(readFileSync(file)).digest('hex')
    const fake = boot({ env: { ANOTHER_CLASS_USER_DATA: dataDir, ANOTHER_CLASS_PACKS: MINI_PACK } })
    await fake.ready()
    expect(fake.errorBoxes).toHaveLength(1)
    expect(fake.errorBoxes[0]!.content).toMatch(/newer version/)
    expect(fake.app.quitCalls).toBe(1)
    expect(fake.windows).toHaveLength(0)
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before)
  })
})

describe('a packaged app', () => {
  it('ignores the test variables, loads the pack from resources/ and has no developer tools', async () => {
    const resourcesPath = tempDir('resources')
    mkdirSync(join(resourcesPath, 'resources', 'courses'), { recursive: true })
    cpSync(MINI_PACK, join(resourcesPath, 'resources', 'courses', 'mini'), { recursive: true })
    ;(process as { resourcesPath?: string }).resourcesPath = resourcesPath
    const profile = tempDir('profile')
    const ignored = tempDir('ignored')
    writeFileSync(join(ignored, 'marker'), '')
    const fake = boot({
      isPackaged: true,
      userData: profile,
      env: { ANOTHER_CLASS_USER_DATA: ignored, ANOTHER_CLASS_PACKS: join(ignored, 'nothing') },
    })
    await fake.ready()
    expect(fake.calls).not.toContain('app.setPath:userData')
    expect(existsSync(join(profile, 'progress.sqlite'))).toBe(true)
    expect(existsSync(join(ignored, 'progress.sqlite'))).toBe(false)
    const catalog = (await call(fake, 'getCatalog')).value as { courses: { id: string }[]; broken: unknown[] }
    expect(catalog.courses.map((c) => c.id)).toEqual(['mini'])
    expect(catalog.broken).toEqual([])
    expect(fake.windows[0]!.options['webPreferences']).toMatchObject({ devTools: false })
    const menu = labels(fake.applicationMenu?.items)
    expect(menu).not.toContain('새로 고침')
    expect(menu).not.toContain('reload')
    expect(menu).not.toContain('toggleDevTools')
    expect(menu).not.toContain('개발자 도구')
  })

  it('with no course pack installed, opens the window with a notice naming the folder', async () => {
    const resourcesPath = tempDir('resources')
    ;(process as { resourcesPath?: string }).resourcesPath = resourcesPath
    const fake = boot({ isPackaged: true })
    await fake.ready()
    expect(fake.windows).toHaveLength(1)
    const notices = (await call(fake, 'getNotices')).value as { kind: string; dir?: string }[]
    expect(notices).toEqual([
      // The page gets the folder's name only; the full path stays in the main-process log.
      expect.objectContaining({ kind: 'pack-broken', dir: 'courses' }),
    ])
  })
})
