// The Electron edge: lifecycle, window, protocol and IPC wiring. Everything it calls is plain
// Node code (services, dispatcher, pure option builders) that the tests run without Electron.
import { app, BrowserWindow, dialog, ipcMain, net, protocol, screen, session, shell } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { appFileHeaders, resolveAppFile } from './app-protocol'
import type { DesktopDialogs } from './desktop-dialogs'
import { dialogText } from './dialog-text'
import { createDispatcher } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register-ipc'
import { electronNativeBinding, listPackDirs, resourcePaths } from './paths'
import { denyAllPermissions, lockDownContents } from './security'
import { createServices, type Services } from './services'
import {
  APP_ORIGIN,
  APP_SCHEME,
  buildWindowOptions,
  CONTENT_SECURITY_POLICY,
  isTrustedSenderUrl,
} from './window-options'
import { restoreBounds } from './window-state'

// Tests point the app at a throwaway profile; a learner never sets this.
if (process.env['ANOTHER_CLASS_USER_DATA']) app.setPath('userData', process.env['ANOTHER_CLASS_USER_DATA'])

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
        // Tests load their own small packs; a learner never sets this.
        packDirs: process.env['ANOTHER_CLASS_PACKS']?.split('\n').filter(Boolean) ?? listPackDirs(paths.coursesDir),
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
    registerIpc(ipcMain, createDispatcher(createHandlers(live)), APP_ORIGIN)
    // A backup a day while the app stays open (the newest is checked every hour).
    const backupTimer = setInterval(() => void live.data.maybeBackup(), 60 * 60 * 1000)
    app.on('will-quit', () => clearInterval(backupTimer))

    const bounds = restoreBounds(
      live.settings.getInternal('window-bounds'),
      screen.getAllDisplays().map((d) => d.workArea),
    )
    mainWindow = new BrowserWindow(buildWindowOptions(paths.preload, bounds))
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

/** Electron's native dialogs and the system browser, behind the interface the services use. */
function desktopDialogs(window: () => BrowserWindow | null, locale: () => string): DesktopDialogs {
  const filters = () => [{ name: dialogText(locale()).progressFile, extensions: ['json'] }]
  return {
    async chooseSavePath(suggestedName) {
      const options = {
        title: dialogText(locale()).exportTitle,
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: filters(),
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
  }
}
