import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadPack } from './load-pack'
import { CACHE_FORMAT, createPackCache } from './pack-cache'

const MINI = resolve(__dirname, '../../../test/fixtures/packs/mini')
let dirs: string[] = []
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ac-pack-cache-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }))
  dirs = []
})

describe('the pack cache', () => {
  it('gives back exactly what loading the pack gives, keyed by its content', () => {
    const cacheDir = temp()
    const cache = createPackCache(cacheDir)
    const fresh = loadPack(MINI, cache)
    expect(readdirSync(cacheDir)).toHaveLength(1)
    const again = loadPack(MINI, cache)
    expect(again).toEqual(fresh)
    expect(again.ok && again.pack.chapters.get('first')?.sections.map((s) => s.id)).toEqual([
      'intro',
      'body',
      'summary',
    ])
  })

  it('is not used once the pack changes: a new hash loads and validates again', () => {
    const packDir = temp()
    cpSync(MINI, packDir, { recursive: true })
    const cache = createPackCache(temp())
    expect(loadPack(packDir, cache).ok).toBe(true)
    writeFileSync(join(packDir, 'course.yaml'), 'id: [broken')
    const broken = loadPack(packDir, cache)
    expect(broken.ok).toBe(false)
  })

  it('ignores an unreadable cache file and loads the pack', () => {
    const cacheDir = temp()
    const cache = createPackCache(cacheDir)
    const first = loadPack(MINI, cache)
    const [file] = readdirSync(cacheDir)
    writeFileSync(join(cacheDir, file!), '{ not json')
    expect(loadPack(MINI, cache)).toEqual(first)
  })
})

describe('the pack cache folder', () => {
  it('keeps only the newest few versions and drops files of older cache formats', () => {
    const cacheDir = temp()
    writeFileSync(join(cacheDir, 'old.v2.bin'), '{}')
    const cache = createPackCache(cacheDir)
    const packDir = temp()
    cpSync(MINI, packDir, { recursive: true })
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(packDir, 'notes.txt'), `edit ${i}`)
      expect(loadPack(packDir, cache).ok).toBe(true)
    }
    const left = readdirSync(cacheDir)
    expect(left).toHaveLength(8)
    expect(left.every((name) => name.endsWith(`.v${CACHE_FORMAT}.bin`))).toBe(true)
    // The pack as it is now is among them: the next start reads it from the cache.
    const again = loadPack(packDir, cache)
    expect(again.ok).toBe(true)
    expect(readdirSync(cacheDir)).toEqual(left)
  })
})
