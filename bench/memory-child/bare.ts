/**
 * The floor of bench/memory.ts's main-process figure: `node --expose-gc bare.cjs <dataDir> <settleMs>`
 * only loads better-sqlite3 (by path, as the app does) and opens the database a services start
 * left, idles as long as the services' sample does, and prints `{ "rssMb", "heapUsedMb" }` read
 * after forced GC.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { DATABASE_FILE } from '../../src/main/data-folder'
import { nodeAddonPath } from '../../src/main/db/sqlite-addon'
import { settledMemory } from './settled'

const [dataDir = '', settleMs = '0'] = process.argv.slice(2)
const nativeBinding = nodeAddonPath()
const db = new Database(join(dataDir, DATABASE_FILE), {
  fileMustExist: true,
  ...(nativeBinding ? { nativeBinding } : {}),
})
db.pragma('user_version', { simple: true })
void sleep(Number(settleMs)).then(() => {
  console.log(JSON.stringify(settledMemory()))
  db.close()
})
