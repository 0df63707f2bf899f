/**
 * One main-process start-up in a fresh Node process, for bench/startup.ts:
 * `node --import tsx bench/startup-child.ts <services|floor> <dataDir> <packDir>` prints one JSON
 * line `{ "ms": …, "importMs": … }`. `ms` times createServices() (open + migrate the database,
 * load and validate the pack, build or reuse the search index) or, for the floor, reading every
 * file of the pack; `importMs` is how long loading the modules took before that.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
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
  const t0 = performance.now()
  const services = createServices({ dataDir, packDirs: [packDir] })
  const ms = performance.now() - t0
  const packs = services.library.packs.length
  services.close()
  if (packs !== 1) throw new Error(`expected the pack to load, got ${packs} packs`)
  console.log(JSON.stringify({ ms, importMs }))
} else if (mode === 'floor') {
  const t0 = performance.now()
  const bytes = readEveryFile(packDir)
  const ms = performance.now() - t0
  if (bytes === 0) throw new Error('read nothing')
  console.log(JSON.stringify({ ms, importMs }))
} else {
  console.error('usage: startup-child.ts <services|floor> <dataDir> <packDir>')
  process.exit(2)
}
