import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadPack } from './load-pack'
import { isSafeProseHtml } from '../../shared/course/prose-html'
import { CACHE_FORMAT, createPackCache } from './pack-cache'
import type { LoadedPack } from './pack-types'
import {
  BUNDLED_PACKS_DIR as BUNDLED,
  FIXTURE_PACKS_DIR as PACKS,
  MINI_PACK as MINI,
} from '../../../test/support/packs'

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
    let reads = 0
    const counting = { read: (hash: string, dir: string) => (reads++, cache.read(hash, dir)), write: cache.write }
    const again = loadPack(MINI, counting)
    expect(reads).toBe(1)
    expect(again.ok && again.pack).toEqual(fresh.ok && fresh.pack)
    expect(fresh.ok && cache.read(fresh.pack.hash, MINI)).toEqual(fresh.ok && fresh.pack)
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

describe('a planted cache file', () => {
  it('is checked with a rule every prose block of the bundled and fixture packs passes', () => {
    const dirs = [
      ...readdirSync(BUNDLED).map((d) => join(BUNDLED, d)),
      ...readdirSync(PACKS).map((d) => join(PACKS, d)),
    ]
    let blocks = 0
    for (const dir of dirs) {
      const loaded = loadPack(dir)
      if (!loaded.ok) continue
      for (const chapter of loaded.pack.chapters.values())
        for (const section of chapter.sections)
          for (const block of section.blocks)
            if (block.kind === 'prose') {
              blocks += 1
              expect(isSafeProseHtml(block.html), block.html).toBe(true)
            }
    }
    expect(blocks).toBeGreaterThan(10)
  })

  /** Stores the mini pack, changed by `change`, under the mini pack's own hash. */
  const plant = (change: (pack: LoadedPack) => void) => {
    const cacheDir = temp()
    const cache = createPackCache(cacheDir)
    const fresh = loadPack(MINI)
    if (!fresh.ok) throw new Error('the mini pack must load')
    // What someone with write access to the profile folder can store: the right hash, anything inside.
    const planted = structuredClone(fresh.pack)
    change(planted)
    cache.write(planted)
    expect(readdirSync(cacheDir)).toHaveLength(1)
    return { cache, fresh: fresh.pack }
  }

  it.each([
    ['<img src=x onerror="alert(1)">'],
    ['<p><a href="javascript:alert(1)">보기</a></p>'],
    ['<p>raw <b onclick="x()">HTML</b></p>'],
    ['<script>window.api.resetCourse({})</script>'],
    ['<p><a href="file:///etc/passwd">x</a></p>'],
    ['<iframe src="https://example.com"></iframe>'],
  ])('cannot show HTML the pack rules refuse: %s', (html) => {
    const { cache, fresh } = plant((pack) => {
      const block = pack.chapters.get('first')?.sections[0]?.blocks[0]
      if (block?.kind !== 'prose') throw new Error('the mini pack starts with prose')
      block.html = html
    })
    const loaded = loadPack(MINI, cache)
    expect(loaded.ok && loaded.pack.chapters.get('first')).toEqual(fresh.chapters.get('first'))
  })

  it('cannot add a question the pack schemas refuse', () => {
    const { cache, fresh } = plant((pack) => {
      const q = [...pack.questions.values()][0]!
      pack.questions.set(q.id, { ...q, prompt: '' })
    })
    const loaded = loadPack(MINI, cache)
    expect(loaded.ok && loaded.pack.questions).toEqual(fresh.questions)
  })
})

describe('the pack cache folder', () => {
  it('keeps only the newest few versions and drops files of older cache formats', () => {
    const cacheDir = temp()
    writeFileSync(join(cacheDir, `${'0'.repeat(64)}.v2.bin`), 'old format')
    writeFileSync(join(cacheDir, `${'1'.repeat(64)}.v3.json.tmp`), 'left by a crash')
    const cache = createPackCache(cacheDir)
    const packDir = temp()
    cpSync(MINI, packDir, { recursive: true })
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(packDir, 'notes.txt'), `edit ${i}`)
      expect(loadPack(packDir, cache).ok).toBe(true)
    }
    const left = readdirSync(cacheDir)
    expect(left).toHaveLength(8)
    expect(left.every((name) => name.endsWith(`.v${CACHE_FORMAT}.json`))).toBe(true)
    // The pack as it is now is among them: the next start reads it from the cache.
    const again = loadPack(packDir, cache)
    expect(again.ok).toBe(true)
    expect(readdirSync(cacheDir)).toEqual(left)
  })

  it('deletes only its own files, one by one: a document or a folder kept there stays', () => {
    const cacheDir = temp()
    writeFileSync(join(cacheDir, 'thesis.docx'), 'my thesis')
    mkdirSync(join(cacheDir, 'photos'))
    writeFileSync(join(cacheDir, 'photos', 'cat.jpg'), 'a cat')
    const cache = createPackCache(cacheDir)
    const packDir = temp()
    cpSync(MINI, packDir, { recursive: true })
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(packDir, 'notes.txt'), `edit ${i}`)
      expect(loadPack(packDir, cache).ok).toBe(true)
    }
    expect(readFileSync(join(cacheDir, 'thesis.docx'), 'utf8')).toBe('my thesis')
    expect(readFileSync(join(cacheDir, 'photos', 'cat.jpg'), 'utf8')).toBe('a cat')
    expect(readdirSync(cacheDir)).toHaveLength(10)
  })

  it('is left alone when it is a symbolic link to another folder', () => {
    const elsewhere = temp()
    writeFileSync(join(elsewhere, 'document.txt'), 'keep me')
    mkdirSync(join(elsewhere, 'photos'))
    writeFileSync(join(elsewhere, 'photos', 'beach.jpg'), 'sand')
    const cacheDir = join(temp(), 'pack-cache')
    symlinkSync(elsewhere, cacheDir)
    const cache = createPackCache(cacheDir)
    const first = loadPack(MINI, cache)
    expect(first.ok).toBe(true)
    expect(readdirSync(elsewhere).sort()).toEqual(['document.txt', 'photos'])
    expect(readFileSync(join(elsewhere, 'photos', 'beach.jpg'), 'utf8')).toBe('sand')
    expect(loadPack(MINI, cache)).toEqual(first)
  })
})
