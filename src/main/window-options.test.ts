import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, buildWindowOptions, CONTENT_SECURITY_POLICY, isTrustedSenderUrl } from './window-options'

describe('window options', () => {
  const options = buildWindowOptions('/app/out/preload/index.js', { width: 1000, height: 700 })

  it('isolates the page: context isolation and sandbox on, no Node anywhere, no webviews', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('uses the bounds it is given', () => {
    expect(options).toMatchObject({ width: 1000, height: 700 })
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

describe('developer tools', () => {
  it('are off unless asked for (a packaged app never asks)', () => {
    expect(buildWindowOptions('/p.js', { width: 800, height: 600 }).webPreferences?.devTools).toBe(false)
    expect(buildWindowOptions('/p.js', { width: 800, height: 600 }, { devTools: true }).webPreferences?.devTools).toBe(
      true,
    )
  })
})
