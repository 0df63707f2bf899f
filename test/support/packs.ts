import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** The one place tests learn where course packs live: the fixture packs and the bundled course. */
export const REPO_ROOT = resolve(__dirname, '../..')
export const FIXTURE_PACKS_DIR = join(REPO_ROOT, 'test', 'fixtures', 'packs')
export const BUNDLED_PACKS_DIR = join(REPO_ROOT, 'resources', 'courses')

/** A fixture pack by folder name, e.g. `fixturePack('broken-no-manifest')`. */
export const fixturePack = (name: string): string => join(FIXTURE_PACKS_DIR, name)

/** The small valid pack most tests run on (course id `mini`). */
export const MINI_PACK = fixturePack('mini')

/** The bundled Sprint 3 course, as a learner gets it. */
export const SPRINT3_PACK = join(BUNDLED_PACKS_DIR, 'sprint-3')

/** A scratch copy of a fixture pack in a fresh temp folder, for tests that edit its files. */
export function copyPack(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'pack-')), name)
  cpSync(fixturePack(name), dir, { recursive: true })
  return dir
}
