import type { Session, WebContents } from 'electron'
import { APP_ORIGIN } from './app-protocol'

/**
 * The Content-Security-Policy sent with every renderer response (and repeated in index.html):
 * only the app's own files, no inline or eval'd script, nothing remote.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ')

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

/** Only the app's own pages may call the API. */
export function isTrustedSenderUrl(url: string | undefined, trustedOrigin: string = APP_ORIGIN): boolean {
  if (!url) return false
  try {
    // Compare scheme and host: URL.origin is "null" for custom schemes such as app://.
    const a = new URL(url)
    const b = new URL(trustedOrigin)
    return a.protocol === b.protocol && a.host === b.host
  } catch {
    return false
  }
}
