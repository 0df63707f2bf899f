import type { Session, WebContents } from 'electron'

/**
 * Applies the Electron security checklist to every web contents the app creates: no navigation
 * away from the app, no new windows, no webviews. A link to the web never opens inside the app:
 * the renderer hands it to main (`openExternalLink`), which checks it and, once the learner
 * confirms, opens it in their browser.
 */
export function lockDownContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Denies every permission request (camera, notifications, geolocation, …) and check. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
