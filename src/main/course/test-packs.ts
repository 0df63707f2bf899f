import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** Test helpers: where the fixture packs live, and a scratch copy to mutate. */
export const PACKS_DIR = resolve(__dirname, '../../../test/fixtures/packs')
export const packDir = (name: string): string => join(PACKS_DIR, name)

export function copyPack(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'pack-')), name)
  cpSync(packDir(name), dir, { recursive: true })
  return dir
}
