// Where the Electron binary and Electron's build of better-sqlite3 live.
// Shared by postinstall, start and the Playwright `electron` project, so they agree.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(projectRoot, 'package.json'))

/** The installed `electron` package version, or null when the package is absent. */
export function electronVersion() {
  try {
    return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
  } catch {
    return null
  }
}

/** Absolute path of the Electron executable, or null when the binary was never downloaded. */
export function electronBinary() {
  try {
    const dir = dirname(require.resolve('electron/package.json'))
    const pathTxt = join(dir, 'path.txt')
    if (!existsSync(pathTxt)) return null
    const exe = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim())
    return existsSync(exe) ? exe : null
  } catch {
    return null
  }
}

/** Where the Electron-ABI build of better-sqlite3 is kept, beside (not over) the Node one. */
export function electronNativeBindingPath(version = electronVersion()) {
  return join(projectRoot, '.native', `electron-${version}-${process.platform}-${process.arch}`, 'better_sqlite3.node')
}
