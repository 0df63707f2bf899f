// Runs after `npm install`/`npm ci`. Provides what `npm start` needs (the Electron binary and an
// Electron-ABI build of better-sqlite3) when the network allows it; offline it says so in one line
// and succeeds, because the tests run under Node and Chromium and need neither.
import { ensureElectronBinary } from './electron-binary.mjs'
import { ensureElectronNative } from './electron-native.mjs'

const binary = await ensureElectronBinary()
if (!binary.ok) {
  console.log(
    `[another-class] Electron binary not installed (${binary.reason}); tests still work, and \`npx install-electron\` fetches it when online.`,
  )
} else {
  const native = await ensureElectronNative()
  if (!native.ok) {
    console.log(
      `[another-class] Electron build of better-sqlite3 not made (${native.reason}); \`npm start\` retries it.`,
    )
  }
}
