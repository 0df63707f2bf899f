// The Electron edge: lifecycle, window, protocol and IPC wiring. Everything it calls is plain
// Node code (services, dispatcher, pure option builders) that the tests run without Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell } from 'electron'
import type { MessageBoxOptions } from 'electron'
import { existsSync } from 'node:fs'
import type { ExportResult } from '../shared/data-safety'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { APP_ORIGIN, APP_SCHEME, appFileHeaders, resolveAppFile } from './app-protocol'
import type { DesktopDialogs } from './desktop-dialogs'
import { dialogText, saveDialogKind } from './dialog-text'
import { createDispatcher, type Dispatch } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register-ipc'
import { licencesText } from './licences'
import { aboutText, buildMenuTemplate, type MenuActions } from './menu'
import { bundledPackDirs, electronNativeBinding, resourcePaths, testOverrides } from './paths'
import { CONTENT_SECURITY_POLICY, denyAllPermissions, isTrustedSenderUrl, lockDownContents } from './security'
import { createServices, type Services } from './services'
import { buildWindowOptions } from './window-options'
import { restoreBounds } from './window-state'

// Tests point a source run at a throwaway profile and their own packs; a packaged app ignores this.
const overrides = testOverrides(process.env, app.isPackaged)
if (overrides.userData) app.setPath('userData', overrides.userData)

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let services: Services | null = null
  let mainWindow: BrowserWindow | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => {
    lockDownContents(contents, (url) => isTrustedSenderUrl(url, APP_ORIGIN))
  })

  app.whenReady().then(() => {
    const paths = resourcePaths(app.getAppPath(), process.resourcesPath, app.isPackaged)
    try {
      services = createServices({
        dataDir: app.getPath('userData'),
        packDirs: overrides.packDirs ?? bundledPackDirs(paths.coursesDir),
        nativeBinding: electronNativeBinding(app.getAppPath(), process.versions, app.isPackaged),
        dialogs: desktopDialogs(
          () => mainWindow,
          () => services?.settings.get().locale ?? 'ko',
        ),
      })
    } catch (err) {
      dialog.showErrorBox('Another Class Offline', err instanceof Error ? err.message : String(err))
      app.quit()
      return
    }
    const live = services
    denyAllPermissions(session.defaultSession)
    protocol.handle(APP_SCHEME, async (request) => {
      const file = resolveAppFile(request.url, paths.rendererDir, new URL(APP_ORIGIN).host)
      if (!file) return new Response('Not found', { status: 404 })
      const response = await net.fetch(pathToFileURL(file).toString())
      const headers = appFileHeaders(file, response.headers, CONTENT_SECURITY_POLICY)
      return new Response(response.body, { status: response.status, headers })
    })
    const dispatch = createDispatcher(createHandlers(live))
    const locale = () => live.settings.get().locale
    const refreshMenu = () =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate(
            { locale: locale(), isPackaged: app.isPackaged, platform: process.platform, appName: app.getName() },
            menuActions(() => mainWindow, live, dispatch, locale),
          ),
        ),
      )
    registerIpc(
      ipcMain,
      async (method, input) => {
        const result = await dispatch(method, input)
        // The menu speaks the UI language: rebuild it when the learner switches.
        if (method === 'updateSettings' && result.ok) refreshMenu()
        return result
      },
      APP_ORIGIN,
    )
    refreshMenu()
    // A backup a day while the app stays open (the newest is checked every hour).
    const backupTimer = setInterval(() => void live.data.maybeBackup(), 60 * 60 * 1000)
    app.on('will-quit', () => clearInterval(backupTimer))

    const bounds = restoreBounds(
      live.settings.getInternal('window-bounds'),
      screen.getAllDisplays().map((d) => d.workArea),
    )
    mainWindow = new BrowserWindow(buildWindowOptions(paths.preload, bounds, { devTools: !app.isPackaged }))
    const win = mainWindow
    win.once('ready-to-show', () => {
      win.show()
      // The search index is built from the pack in memory; do it now, while the learner reads.
      setTimeout(() => live.search.warm(live.library.packs.map((p) => p.outline.id)), 1000)
    })
    win.on('close', () => live.settings.setInternal('window-bounds', win.getNormalBounds()))
    win.on('closed', () => {
      mainWindow = null
    })
    void win.loadURL(`${APP_ORIGIN}/index.html`)
  })

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => services?.close())
}

/** What the application menu's items do (the template itself is pure: menu.ts). */
function menuActions(
  window: () => BrowserWindow | null,
  live: Services,
  dispatch: Dispatch,
  locale: () => string,
): MenuActions {
  const messageBox = (options: MessageBoxOptions) => {
    const win = window()
    return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)
  }
  const firstCourse = () => live.library.packs[0]?.outline.id
  return {
    // Export runs here with the native save dialog; import needs the preview and the choice of
    // merge or replace, which live on the settings page.
    exportProgress: () => {
      const courseId = firstCourse()
      if (!courseId) return
      void dispatch('exportProgress', { courseId }).then((result) => {
        const message = dialogText(locale()).exportTitle
        if (!result.ok) void messageBox({ type: 'error', message, detail: result.error.message })
        else {
          const value = result.value as ExportResult
          if (!value.cancelled) void messageBox({ type: 'info', message, detail: value.path })
        }
      })
    },
    importProgress: () => void window()?.loadURL(`${APP_ORIGIN}/index.html#/settings`),
    // A change of the URL's fragment only: the page routes without reloading.
    navigate: (route) => void window()?.loadURL(`${APP_ORIGIN}/index.html#${route}`),
    showSearch: () => {
      const modifiers: ('meta' | 'control')[] = [process.platform === 'darwin' ? 'meta' : 'control']
      window()?.webContents.sendInputEvent({ type: 'keyDown', keyCode: 'K', modifiers })
    },
    showAbout: () => {
      const text = aboutText(locale(), {
        appName: app.getName(),
        version: app.getVersion(),
        versions: process.versions,
        dataDir: app.getPath('userData'),
      })
      void messageBox({ type: 'info', title: text.message, ...text })
    },
    openDataFolder: () => void shell.openPath(app.getPath('userData')),
    showLicences: () => {
      const text = licencesText(locale())
      const chromium = join(dirname(process.execPath), 'LICENSES.chromium.html')
      const buttons = existsSync(chromium) ? ['OK', 'Chromium…'] : ['OK']
      void messageBox({ type: 'info', title: text.message, ...text, buttons }).then(({ response }) => {
        if (response === 1) void shell.openPath(chromium)
      })
    },
  }
}

/** Electron's native dialogs and the system browser, behind the interface the services use. */
function desktopDialogs(window: () => BrowserWindow | null, locale: () => string): DesktopDialogs {
  const filters = () => [{ name: dialogText(locale()).progressFile, extensions: ['json'] }]
  return {
    async chooseSavePath(suggestedName) {
      // Progress files, notes (.md) and the summary (.pdf) each get their own title and file type.
      const kind = saveDialogKind(suggestedName, dialogText(locale()))
      const options = {
        title: kind.title,
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: kind.name, extensions: [kind.ext] }],
      }
      const win = window()
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath() {
      const options = { title: dialogText(locale()).importTitle, properties: ['openFile' as const], filters: filters() }
      const win = window()
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async confirmExternalLink(url) {
      const text = dialogText(locale())
      const options = {
        type: 'question' as const,
        buttons: [text.open, text.cancel],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
        message: text.leaveApp,
        detail: `${text.leaveAppDetail}\n${url}`,
      }
      const win = window()
      const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options)
      return response === 0
    },
    openExternal: (url) => shell.openExternal(url),
    async openFolder(path) {
      // shell.openPath reports failure as a message, not a rejection.
      const problem = await shell.openPath(path)
      if (problem) throw new Error(`The folder could not be opened: ${problem}`)
    },
    // The app has one window, and IPC is accepted only from its frame: it is the sender.
    async printToPdf() {
      const win = window()
      if (!win) throw new Error('No window to print')
      return win.webContents.printToPDF({ pageSize: 'A4', printBackground: false, generateDocumentOutline: true })
    },
  }
}
