/**
 * One main-process start-up in a fresh Node process, for bench/startup.ts:
 * `node --import tsx bench/startup-child.ts <services|floor|sqlite-floor> <dataDir> <packDir>`
 * prints one JSON line `{ "ms": …, "importMs": …, "steps": {…} }`. `ms` times createServices()
 * (open + migrate the database, load and validate the pack, set up the services) with `steps` its
 * parts; `floor` times reading every file of the pack; `sqlite-floor` the same plus the least a
 * SQLite-backed start must do: load the SQLite library (by path, as the app does) and open the
 * existing database once.
 * `importMs` is how long loading the modules took before that.
 */
import Database from 'better-sqlite3'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { DATABASE_FILE } from '../src/main/data-folder'
import { nodeAddonPath } from '../src/main/db/sqlite-addon'
import { createServices } from '../src/main/services'

const importMs = performance.now()
const [mode = '', dataDir = '', packDir = ''] = process.argv.slice(2)

function readEveryFile(dir: string): number {
  let bytes = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) bytes += readEveryFile(path)
    else bytes += readFileSync(path).length
  }
  return bytes
}

if (mode === 'services') {
  const steps: Record<string, number> = {}
  const t0 = performance.now()
  let last = t0
  const services = createServices({
    dataDir,
    packDirs: [packDir],
    onStep: (step) => {
      const t = performance.now()
      steps[step] = t - last
      last = t
    },
  })
  const ms = performance.now() - t0
  const packs = services.library.packs.length
  services.close()
  if (packs !== 1) throw new Error(`expected the pack to load, got ${packs} packs`)
  console.log(JSON.stringify({ ms, importMs, steps }))
} else if (mode === 'floor' || mode === 'sqlite-floor') {
  const t0 = performance.now()
  if (mode === 'sqlite-floor') {
    const nativeBinding = nodeAddonPath()
    const db = new Database(join(dataDir, DATABASE_FILE), {
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    })
    db.pragma('user_version', { simple: true })
    db.close()
  }
  const bytes = readEveryFile(packDir)
  const ms = performance.now() - t0
  if (bytes === 0) throw new Error('read nothing')
  console.log(JSON.stringify({ ms, importMs, steps: {} }))
} else {
  console.error('usage: startup-child.ts <services|floor|sqlite-floor> <dataDir> <packDir>')
  process.exit(2)
}
