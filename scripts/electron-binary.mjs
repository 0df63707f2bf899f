// Fetches the Electron binary with the electron package's own installer (Electron ≥ 42 has no
// postinstall of its own). Never throws: offline machines get a reason instead.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { electronBinary, projectRoot } from './electron-env.mjs'

const require = createRequire(join(projectRoot, 'package.json'))

export async function ensureElectronBinary({ timeoutMs = 10 * 60_000 } = {}) {
  if (electronBinary()) return { ok: true }
  let installer
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js')
  } catch {
    return { ok: false, reason: 'the electron package is not installed' }
  }
  const run = spawnSync(process.execPath, [installer], { cwd: projectRoot, encoding: 'utf8', timeout: timeoutMs })
  if (electronBinary()) return { ok: true }
  // The installer prints a stack; its first line that is not a stack frame says what went wrong.
  const message = `${run.stderr ?? ''}\n${run.error?.message ?? ''}`
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at '))
  return { ok: false, reason: message ? `download failed: ${message.slice(0, 160)}` : 'download failed' }
}
