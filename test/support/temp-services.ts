import type { Database } from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DATABASE_FILE } from '../../src/main/data-folder'
import { createDispatcher } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import { createServices, type ServicesOptions } from '../../src/main/services'
import { MINI_PACK } from './packs'

export { MINI_PACK }

/** Real services on a temporary data dir, with the dispatcher the IPC handlers use. */
export function tempServices(options: Partial<ServicesOptions> = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ac-services-'))
  const seen: { db?: Database } = {}
  const services = createServices({ dataDir, packDirs: [MINI_PACK], onDatabase: (db) => (seen.db = db), ...options })
  const db = seen.db
  if (!db) throw new Error('createServices opened no database')
  const dispatch = createDispatcher(createHandlers(services), () => undefined)
  return {
    dataDir,
    services,
    /** The services' own connection, for tests that inspect or damage the database directly. */
    db,
    dispatch,
    /** A digest of the database and its WAL, to prove a refused call changed nothing. */
    fingerprint(): string {
      const hash = createHash('sha256')
      for (const suffix of ['', '-wal']) {
        const file = join(dataDir, DATABASE_FILE + suffix)
        if (existsSync(file)) hash.update(readFileSync(file))
      }
      return hash.digest('hex')
    },
    dispose(): void {
      services.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
