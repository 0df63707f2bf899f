// The Electron edge: lifecycle, window, protocol and IPC wiring. Everything it calls is plain
// Node code (services, dispatcher, pure option builders) that the tests run without Electron.
import { app, BrowserWindow, dialog, ipcMain, net, protocol, screen, session } from 'electron'
import { pathToFileURL } from 'node:url'
import { resolveAppFile } from './app-protocol'
import { createDispatcher } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register-ipc'
import { electronNativeBinding, listPackDirs, resourcePaths } from './paths'
import { denyAllPermissions, lockDownContents } from './security'
import { createServices, type Services } from './services'
import { APP_ORIGIN, APP_SCHEME, buildWindowOptions, CONTENT_SECURITY_POLICY, isTrustedSenderUrl } from './window-options'
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
      const headers = new Headers(response.headers)
      headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
      headers.set('X-Content-Type-Options', 'nosniff')
      return new Response(response.body, { status: response.status, headers })
    })
    registerIpc(ipcMain, createDispatcher(createHandlers(live)), APP_ORIGIN)

    const bounds = restoreBounds(live.settings.getInternal('window-bounds'), screen.getAllDisplays().map((d) => d.workArea))
    mainWindow = new BrowserWindow(buildWindowOptions(paths.preload, bounds))
    const win = mainWindow
    win.once('ready-to-show', () => win.show())
    win.on('close', () => live.settings.setInternal('window-bounds', win.getNormalBounds()))
    win.on('closed', () => {
      mainWindow = null
    })
    void win.loadURL(`${APP_ORIGIN}/index.html`)
  })

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => services?.close())
}
