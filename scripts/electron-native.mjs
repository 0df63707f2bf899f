// Builds better-sqlite3 for Electron's ABI into .native/ — beside the Node build in
// node_modules, never over it — so `npm test` (Node) and `npm start` (Electron) both work in any
// order. The main process loads it through better-sqlite3's `nativeBinding` option.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { electronNativeBindingPath, electronVersion, projectRoot } from './electron-env.mjs'

const require = createRequire(join(projectRoot, 'package.json'))

export async function ensureElectronNative() {
  const version = electronVersion()
  if (!version) return { ok: false, reason: 'the electron package is not installed' }
  const target = electronNativeBindingPath(version)
  if (existsSync(target)) return { ok: true, path: target }

  const source = dirname(require.resolve('better-sqlite3/package.json'))
  const work = mkdtempSync(join(tmpdir(), 'bsql-electron-'))
  try {
    cpSync(source, work, { recursive: true, filter: (p) => !p.startsWith(join(source, 'build')) })
    const common = [`--runtime=electron`, `--target=${version}`, `--arch=${process.arch}`]
    // A prebuilt binary first (fast); compile against Electron's headers when none matches.
    const prebuild = spawnSync(
      process.execPath,
      [require.resolve('prebuild-install/bin.js', { paths: [source] }), ...common],
      {
        cwd: work,
        encoding: 'utf8',
        timeout: 5 * 60_000,
      },
    )
    let built = join(work, 'build', 'Release', 'better_sqlite3.node')
    if (prebuild.status !== 0 || !existsSync(built)) {
      const gyp = process.env.npm_config_node_gyp
      if (!gyp) return { ok: false, reason: 'no prebuilt binary for this Electron and node-gyp not found' }
      const compile = spawnSync(
        process.execPath,
        [gyp, 'rebuild', '--release', ...common, '--dist-url=https://electronjs.org/headers'],
        {
          cwd: work,
          encoding: 'utf8',
          timeout: 15 * 60_000,
        },
      )
      built = join(work, 'build', 'Release', 'better_sqlite3.node')
      if (compile.status !== 0 || !existsSync(built)) {
        const last = `${compile.stderr ?? ''}`.trim().split('\n').pop() ?? ''
        return { ok: false, reason: `compiling for Electron ${version} failed: ${last.slice(0, 160)}` }
      }
    }
    mkdirSync(dirname(target), { recursive: true })
    cpSync(built, target)
    return { ok: true, path: target }
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
