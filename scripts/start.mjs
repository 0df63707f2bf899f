// `npm start`: builds the app and opens it in Electron. Checks first that Electron and its
// build of better-sqlite3 exist, and says in one sentence what to do when they don't.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { ensureElectronBinary } from './electron-binary.mjs'
import { projectRoot } from './electron-env.mjs'
import { ensureElectronNative } from './electron-native.mjs'

const binary = await ensureElectronBinary()
if (!binary.ok) {
  console.error(
    `Electron is not installed (${binary.reason}): connect to the internet and run \`npx install-electron\`, then \`npm start\` again.`,
  )
  process.exit(1)
}
const native = await ensureElectronNative()
if (!native.ok) {
  console.error(
    `better-sqlite3 could not be built for Electron (${native.reason}): connect to the internet (it downloads a prebuilt binary or Electron's headers) and run \`npm start\` again.`,
  )
  process.exit(1)
}

const require = createRequire(join(projectRoot, 'package.json'))
const cli = require.resolve('electron-vite/bin/electron-vite.js')
const child = spawn(process.execPath, [cli, 'preview', ...process.argv.slice(2)], {
  cwd: projectRoot,
  stdio: 'inherit',
})
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
