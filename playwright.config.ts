import { defineConfig } from '@playwright/test'
import { CHROMIUM_LAUNCH } from './e2e/chromium-launch'
import type { AppOptions } from './e2e/fixtures'

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
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    // The built renderer in Chromium, window.api bound to the real main-process services.
    { name: 'harness', use: { appKind: 'harness' } },
    // The same specs in real Electron; skipped (with the reason) where no Electron binary exists.
    { name: 'electron', use: { appKind: 'electron' } },
  ],
})
