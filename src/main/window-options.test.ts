import { describe, expect, it } from 'vitest'
import { buildWindowOptions } from './window-options'

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

describe('developer tools', () => {
  it('are off unless asked for (a packaged app never asks)', () => {
    expect(buildWindowOptions('/p.js', { width: 800, height: 600 }).webPreferences?.devTools).toBe(false)
    expect(buildWindowOptions('/p.js', { width: 800, height: 600 }, { devTools: true }).webPreferences?.devTools).toBe(
      true,
    )
  })
})
