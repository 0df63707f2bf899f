import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { denyAllPermissions, lockDownContents } from './security'

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
