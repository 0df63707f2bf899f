/**
 * How every test and benchmark starts Debian's Chromium here: Playwright's own browsers are never
 * downloaded, and on this closed network the background-networking flags keep it from stalling.
 * Set CHROMIUM_PATH to use another Chromium.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
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
}
