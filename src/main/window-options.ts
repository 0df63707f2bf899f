import type { BrowserWindowConstructorOptions } from 'electron'

/** The privileged scheme the renderer is served from (never file://). */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://renderer`

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

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1200, height: 820 }

/**
 * Options for the main window; security flags are written out even where they are defaults.
 * Developer tools exist only in a source run: a packaged app has none.
 */
export function buildWindowOptions(
  preloadPath: string,
  bounds: WindowBounds,
  { devTools = false }: { devTools?: boolean } = {},
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Another Class Offline',
    backgroundColor: '#f7f7f5',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools,
    },
  }
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
