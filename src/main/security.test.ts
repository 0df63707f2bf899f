import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { APP_ORIGIN } from './app-protocol'
import { CONTENT_SECURITY_POLICY, denyAllPermissions, isTrustedSenderUrl, lockDownContents } from './security'

/** Just enough of WebContents to drive the handlers the way Electron does. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler
  }
  fire(event: string, url?: string): boolean {
    let prevented = false
    this.emit(event, { preventDefault: () => (prevented = true) }, url)
    return prevented
  }
}

const isApp = (url: string) => url.startsWith('app://renderer/')

describe('lockDownContents', () => {
  const contents = new FakeContents()
  lockDownContents(contents as unknown as WebContents, isApp)

  it('refuses navigation and redirects away from the app', () => {
    expect(contents.fire('will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.fire('will-redirect', 'http://127.0.0.1:8080/')).toBe(true)
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true)
  })
  it('allows navigation inside the app', () => {
    expect(contents.fire('will-navigate', 'app://renderer/index.html#/chapter/x')).toBe(false)
  })
  it('denies every new window', () => {
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'app://renderer/index.html' })).toEqual({ action: 'deny' })
  })
  it('refuses webviews', () => {
    expect(contents.fire('will-attach-webview')).toBe(true)
  })
})

describe('denyAllPermissions', () => {
  it('answers no to every request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    let checkHandler: (() => boolean) | undefined
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    }
    denyAllPermissions(session as unknown as Session)
    const answers: boolean[] = []
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read'])
      requestHandler?.(null, p, (ok) => answers.push(ok))
    expect(answers).toEqual([false, false, false, false])
    expect(checkHandler?.()).toBe(false)
  })
})

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/)
      return [name, values] as const
    }),
  )
  it("allows only the app's own origin and never inline or eval'd script", () => {
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/)
    expect(directives.get('object-src')).toEqual(["'none'"])
  })
})

describe('isTrustedSenderUrl', () => {
  it.each([
    [`${APP_ORIGIN}/index.html`, true],
    [`${APP_ORIGIN}/index.html#/chapter/x`, true],
    ['app://evil/index.html', false],
    ['https://example.com/', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, trusted) => {
    expect(isTrustedSenderUrl(url)).toBe(trusted)
  })
})
