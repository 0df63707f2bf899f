// `npm run dist:dir`: electron-builder's unpacked `dir` target, the packaged layout without an
// installer. With a real Electron binary installed it is the real thing (rebuilt addon, fuses).
// Without one (an offline machine) it is a DRY RUN against a stand-in Electron distribution:
// nothing is downloaded, `npmRebuild` and the fuses are off for this run only (the shipped
// config keeps them), and it says so. test/packaging/dry-run.test.ts inspects the result.
//
//   node scripts/dist-dir.mjs [--out <dir>]     (default: dist/)
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { electronBinary, electronVersion, projectRoot } from './electron-env.mjs'

const require = createRequire(join(projectRoot, 'package.json'))
const outIndex = process.argv.indexOf('--out')
const output = resolve(projectRoot, outIndex > 0 ? process.argv[outIndex + 1] : 'dist')
const cli = require.resolve('electron-builder/cli.js')
const base = parse(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8'))
const version = electronVersion()

const work = mkdtempSync(join(tmpdir(), 'another-class-dist-'))
try {
  const config = { ...base, directories: { ...base.directories, output } }
  const args = [cli, '--dir', '--publish', 'never']
  if (electronBinary()) {
    console.log(`[dist:dir] packaging with the installed Electron ${version}`)
  } else {
    if (process.platform !== 'linux') {
      console.error('[dist:dir] no Electron binary, and the stand-in dry run is made for Linux only.')
      process.exit(1)
    }
    // The stand-in distribution: what electron-builder copies from a real Electron zip, minus the
    // browser. Its `electron` only says what it is.
    const dist = join(work, 'electron-dist')
    mkdirSync(dist)
    const exe = join(dist, 'electron')
    writeFileSync(
      exe,
      '#!/bin/sh\necho "stand-in Electron from a packaging dry run; it cannot run the app" >&2\nexit 1\n',
    )
    chmodSync(exe, 0o755)
    writeFileSync(join(dist, 'version'), `${version}`)
    writeFileSync(join(dist, 'LICENSE'), 'stand-in')
    writeFileSync(join(dist, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in</title>')
    Object.assign(config, { electronDist: dist, electronVersion: version, npmRebuild: false })
    delete config.electronFuses
    args.push('--linux')
    console.log(
      `[dist:dir] DRY RUN: no Electron binary here, so a stand-in Electron ${version} distribution is packaged; npmRebuild and fuses are off for this run only (the addon is the Node build, the executable cannot start).`,
    )
  }
  // JSON, not CLI flags: -c.electronFuses=null would pass the string "null".
  const configFile = join(work, 'electron-builder.json')
  writeFileSync(configFile, JSON.stringify(config, null, 2))
  args.push('--config', configFile)
  rmSync(output, { recursive: true, force: true })
  const run = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
  console.log(`[dist:dir] unpacked app in ${output}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
