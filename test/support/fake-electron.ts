// A small stand-in for the `electron` module: enough of app, BrowserWindow, protocol, ipcMain,
// session, dialog, Menu, net, screen and shell for the built main process to boot under Node,
// recording every call so a test can assert what main did and when. It behaves like Electron
// where main relies on it: ipcMain.handle refuses a second handler for a channel, and
// protocol.registerSchemesAsPrivileged is only allowed before `ready`.
import { EventEmitter } from 'node:events'
import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

export type IpcHandler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown

/** ipcMain's `handle` half, as Electron implements it (one handler per channel). */
export class FakeIpcMain {
  readonly handlers = new Map<string, IpcHandler>()
  handle(channel: string, handler: IpcHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
  /** What ipcRenderer.invoke from a frame at `senderUrl` would get back. */
  async invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered for '${channel}'`)
    return handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, ...args)
  }
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  devToolsOpened = false
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  openDevTools(): void {
    this.devToolsOpened = true
  }
  closeDevTools(): void {
    this.devToolsOpened = false
  }
  /** Emits like Electron: returns whether a listener called preventDefault(). */
  emitPreventable(name: string, ...args: unknown[]): boolean {
    let prevented = false
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args)
    return prevented
  }
}

interface Bounds {
  x?: number
  y?: number
  width: number
  height: number
}

export interface FakeElectron {
  module: Record<string, unknown>
  app: FakeApp
  ipcMain: FakeIpcMain
  windows: FakeBrowserWindow[]
  calls: string[]
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[] | null
  protocolHandlers: Map<string, (request: Request) => Promise<Response> | Response>
  permissionRequestHandler: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null
  errorBoxes: { title: string; content: string }[]
  applicationMenu: FakeMenu | null
  aboutPanelOptions: Record<string, unknown> | null
  openedPaths: string[]
  /** Emits `ready` (resolving whenReady) and waits for the handlers' promise chains to settle. */
  ready(): Promise<void>
}

export type FakeApp = ReturnType<typeof createFakeApp>
export type FakeBrowserWindow = InstanceType<ReturnType<typeof createWindowClass>>
export interface FakeMenuItem {
  label?: string
  role?: string
  type?: string
  accelerator?: string
  click?: (...args: unknown[]) => unknown
  submenu?: FakeMenuItem[]
  visible?: boolean
  enabled?: boolean
}
export interface FakeMenu {
  items: FakeMenuItem[]
}

function createFakeApp(
  options: { isPackaged: boolean; appPath: string; userData: string; lock: boolean },
  calls: string[],
) {
  const emitter = new EventEmitter()
  const paths = new Map<string, string>([
    ['userData', options.userData],
    ['documents', options.userData],
    ['home', options.userData],
  ])
  let readyResolve!: () => void
  const readyPromise = new Promise<void>((resolve) => (readyResolve = resolve))
  const app = Object.assign(emitter, {
    isPackaged: options.isPackaged,
    name: 'Another Class Offline',
    isReadyNow: false,
    quitCalls: 0,
    exitCode: null as number | null,
    getAppPath: () => options.appPath,
    getVersion: () => '0.1.0',
    getName: () => 'Another Class Offline',
    getLocale: () => 'ko',
    getPath: (name: string) => {
      const value = paths.get(name)
      if (!value) throw new Error(`fake electron: no path for ${name}`)
      return value
    },
    setPath: (name: string, value: string) => {
      calls.push(`app.setPath:${name}`)
      paths.set(name, value)
    },
    requestSingleInstanceLock: () => {
      calls.push('app.requestSingleInstanceLock')
      return options.lock
    },
    quit: () => {
      calls.push('app.quit')
      app.quitCalls++
    },
    exit: (code = 0) => {
      calls.push(`app.exit:${code}`)
      app.exitCode = code
    },
    isReady: () => app.isReadyNow,
    whenReady: () => readyPromise,
    setAboutPanelOptions: (_o: Record<string, unknown>) => undefined,
    markReady() {
      app.isReadyNow = true
      calls.push('app.ready')
      emitter.emit('ready')
      readyResolve()
    },
  })
  return app
}

function createWindowClass(state: {
  windows: unknown[]
  calls: string[]
  onWebContents: (wc: FakeWebContents) => void
  onAllClosed: () => void
}) {
  return class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => state.windows
    static getFocusedWindow = () => state.windows[0] ?? null
    readonly webContents = new FakeWebContents()
    shown = false
    focused = false
    minimized = false
    fullScreen = false
    loadedUrl: string | null = null
    bounds: Bounds
    menu: unknown = undefined
    constructor(readonly options: Record<string, unknown>) {
      super()
      this.bounds = {
        x: (options['x'] as number | undefined) ?? 10,
        y: (options['y'] as number | undefined) ?? 10,
        width: options['width'] as number,
        height: options['height'] as number,
      }
      state.calls.push('new BrowserWindow')
      state.windows.push(this)
      state.onWebContents(this.webContents)
    }
    loadURL(url: string): Promise<void> {
      state.calls.push(`win.loadURL:${url}`)
      this.loadedUrl = url
      return Promise.resolve()
    }
    show(): void {
      this.shown = true
    }
    focus(): void {
      this.focused = true
    }
    isMinimized(): boolean {
      return this.minimized
    }
    restore(): void {
      this.minimized = false
    }
    getNormalBounds(): Bounds {
      return this.bounds
    }
    isFullScreen(): boolean {
      return this.fullScreen
    }
    setFullScreen(value: boolean): void {
      this.fullScreen = value
    }
    setMenu(menu: unknown): void {
      this.menu = menu
    }
    removeMenu(): void {
      this.menu = null
    }
    isDestroyed(): boolean {
      return false
    }
    /** What happens when the learner closes the window. */
    close(): void {
      this.emit('close', { preventDefault: () => undefined })
      state.windows.splice(state.windows.indexOf(this), 1)
      this.emit('closed')
      if (state.windows.length === 0) state.onAllClosed()
    }
  }
}

/** Builds a fresh fake `electron` module; require the built main with it to boot the app. */
export function createFakeElectron(options: {
  isPackaged?: boolean
  appPath: string
  userData: string
  /** false: another instance holds the single-instance lock. */
  lock?: boolean
}): FakeElectron {
  const calls: string[] = []
  const app = createFakeApp(
    {
      isPackaged: options.isPackaged ?? false,
      appPath: options.appPath,
      userData: options.userData,
      lock: options.lock ?? true,
    },
    calls,
  )
  const ipcMain = new FakeIpcMain()
  const windows: FakeBrowserWindow[] = []
  const state: FakeElectron = {
    module: {},
    app,
    ipcMain,
    windows,
    calls,
    privilegedSchemes: null,
    protocolHandlers: new Map(),
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    errorBoxes: [],
    applicationMenu: null,
    aboutPanelOptions: null,
    openedPaths: [],
    async ready() {
      // Chromium creates the profile folder at start-up.
      mkdirSync(app.getPath('userData'), { recursive: true })
      app.markReady()
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r))
    },
  }
  const BrowserWindow = createWindowClass({
    windows,
    calls,
    onWebContents: (wc) => app.emit('web-contents-created', {}, wc),
    onAllClosed: () => app.emit('window-all-closed'),
  })
  app.setAboutPanelOptions = (o) => {
    state.aboutPanelOptions = o
  }
  const menuApi = {
    buildFromTemplate: (items: FakeMenuItem[]): FakeMenu => ({ items }),
    setApplicationMenu: (menu: FakeMenu | null) => {
      calls.push('Menu.setApplicationMenu')
      state.applicationMenu = menu
    },
    getApplicationMenu: () => state.applicationMenu,
  }
  state.module = {
    app,
    ipcMain,
    BrowserWindow,
    Menu: menuApi,
    protocol: {
      registerSchemesAsPrivileged: (schemes: FakeElectron['privilegedSchemes']) => {
        if (app.isReadyNow) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
        calls.push('protocol.registerSchemesAsPrivileged')
        state.privilegedSchemes = schemes
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
        if (!app.isReadyNow) throw new Error('protocol.handle before ready')
        calls.push(`protocol.handle:${scheme}`)
        state.protocolHandlers.set(scheme, handler)
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: FakeElectron['permissionRequestHandler']) => {
          calls.push('session.setPermissionRequestHandler')
          state.permissionRequestHandler = h
        },
        setPermissionCheckHandler: (h: FakeElectron['permissionCheckHandler']) => {
          calls.push('session.setPermissionCheckHandler')
          state.permissionCheckHandler = h
        },
      },
    },
    net: {
      // Node's fetch has no file://; Electron's net.fetch does.
      fetch: async (url: string) => {
        try {
          const body = await readFile(fileURLToPath(url))
          return new Response(new Uint8Array(body), { status: 200 })
        } catch {
          return new Response('', { status: 404 })
        }
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: {
      showErrorBox: (title: string, content: string) => {
        calls.push('dialog.showErrorBox')
        state.errorBoxes.push({ title, content })
      },
      showMessageBox: async () => ({ response: 0 }),
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    shell: {
      openExternal: async () => undefined,
      openPath: async (path: string) => {
        state.openedPaths.push(path)
        return ''
      },
    },
  }
  return state
}
