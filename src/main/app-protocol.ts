import { extname, normalize, relative, resolve, sep } from 'node:path'

/** The privileged scheme the renderer is served from (never file://). */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://renderer`

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

export const mimeTypeOf = (path: string): string => MIME[extname(path).toLowerCase()] ?? 'application/octet-stream'

/**
 * The headers of an app file's response: the type is ours, by extension (with `nosniff` the
 * browser trusts it and never guesses), and so is the Content-Security-Policy.
 */
export function appFileHeaders(
  file: string,
  upstream: ConstructorParameters<typeof Headers>[0],
  contentSecurityPolicy: string,
): Headers {
  const headers = new Headers(upstream)
  headers.set('Content-Type', mimeTypeOf(file))
  headers.set('Content-Security-Policy', contentSecurityPolicy)
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}

/**
 * Maps a request URL of the app scheme to a file inside the renderer folder, or null when the
 * URL would escape it (`..`, encoded separators) or names another host. Unknown paths without
 * an extension fall back to index.html so client-side routes reload.
 */
export function resolveAppFile(url: string, rendererDir: string, expectedHost: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.host !== expectedHost) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const root = resolve(rendererDir)
  const target = resolve(root, '.' + normalize(pathname === '/' ? '/index.html' : pathname))
  const rel = relative(root, target)
  if (rel.startsWith('..') || rel.split(sep).includes('..')) return null
  return extname(target) ? target : resolve(root, 'index.html')
}
