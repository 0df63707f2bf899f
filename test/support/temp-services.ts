import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatcher } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import { createServices, DATABASE_FILE, type ServicesOptions } from '../../src/main/services'
import { MINI_PACK } from './packs'

export { MINI_PACK }

/** Real services on a temporary data dir, with the dispatcher the IPC handlers use. */
export function tempServices(options: Partial<ServicesOptions> = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ac-services-'))
  const services = createServices({ dataDir, packDirs: [MINI_PACK], ...options })
  const dispatch = createDispatcher(createHandlers(services), () => undefined)
  return {
    dataDir,
    services,
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
