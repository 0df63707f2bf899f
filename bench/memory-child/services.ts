/**
 * One main-process memory sample for bench/memory.ts, bundled like the app's main process and run
 * under plain Node: `node --expose-gc services.cjs <dataDir> <packDir> <settleMs>` prints one JSON
 * line, every figure read after forced GC. It starts the main process's services on the pack
 * (createServices, on a data directory a previous start has used: the pack cache is warm):
 * `startRssMb` right then; then builds the search index (the app does a second after the window
 * shows): `searchRssMb`; then idles `settleMs` with everything still open, as main does while the
 * learner reads (V8 gives back the young generation it grew for the start-up's garbage once the
 * process is idle): `rssMb` and `heapUsedMb`, the figures the budget compares.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { createServices } from '../../src/main/services'
import { settledMemory } from './settled'

const [dataDir = '', packDir = '', settleMs = '0'] = process.argv.slice(2)

async function main(): Promise<void> {
  const services = createServices({ dataDir, packDirs: [packDir] })
  if (services.library.packs.length !== 1) throw new Error('the pack did not load')
  await services.startupBackup
  const start = settledMemory()
  services.search.search(services.library.packs[0]?.outline.id ?? '', '컨테이너', 20)
  const searched = settledMemory()
  await sleep(Number(settleMs))
  const settled = settledMemory()
  console.log(JSON.stringify({ ...settled, startRssMb: start.rssMb, searchRssMb: searched.rssMb }))
  services.close()
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
