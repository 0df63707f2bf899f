import { defineConfig } from '@playwright/test'
import type { AppOptions } from './e2e/fixtures'

/** Debian's Chromium; Playwright's own browsers are never downloaded. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

export default defineConfig<AppOptions>({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    trace: 'off',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // The built renderer in Chromium, window.api bound to the real main-process services.
    { name: 'harness', use: { appKind: 'harness' } },
    // The same specs in real Electron; skipped (with the reason) where no Electron binary exists.
    { name: 'electron', use: { appKind: 'electron' } },
  ],
})
