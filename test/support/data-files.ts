import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Puts a file in a test data folder's `backups/` (e.g. one named by an older version, or a damaged
 * one), for tests that cannot use Node themselves (renderer component tests).
 */
export function plantBackup(dataDir: string, name: string, content: string): void {
  writeFileSync(join(dataDir, 'backups', name), content)
}
