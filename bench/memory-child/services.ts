/**
 * One main-process memory sample for bench/memory.ts, bundled like the app's main process and run
 * under plain Node: `node --expose-gc services.cjs <dataDir> <packDir>` prints one JSON line
 * `{ "rssMb", "heapUsedMb", "searchRssMb" }`, read after forced GC. It starts the main process's
 * services on the pack (createServices, on a data directory a previous start has used: the pack
 * cache is warm), then builds the search index too (the app builds it a second after the window
 * shows), reported apart.
 */
import { createServices } from '../../src/main/services'
import { settledMemory } from './settled'

const [dataDir = '', packDir = ''] = process.argv.slice(2)

async function main(): Promise<void> {
  const services = createServices({ dataDir, packDirs: [packDir] })
  if (services.library.packs.length !== 1) throw new Error('the pack did not load')
  await services.startupBackup
  const loaded = settledMemory()
  services.search.search(services.library.packs[0]?.manifest.id ?? '', '컨테이너', 20)
  const searched = settledMemory()
  services.close()
  console.log(JSON.stringify({ ...loaded, searchRssMb: searched.rssMb }))
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
