import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadPack } from './load-pack'
import { isSafeProseHtml } from '../../shared/course/prose-html'
import { CACHE_FORMAT, createPackCache, type PackCache } from './pack-cache'
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
const noReload = () => null

/** The pack's data as plain maps and arrays, every piece read (and so checked). */
const plain = (pack: LoadedPack | null) =>
  pack && {
    ...pack,
    chapters: new Map(pack.chapters),
    questions: new Map(pack.questions),
    diagrams: new Map(pack.diagrams),
    glossary: pack.glossary,
    sources: new Map(pack.sources),
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
    const counting: PackCache = { read: (...args) => (reads++, cache.read(...args)), write: cache.write }
    const again = loadPack(MINI, counting)
    expect(reads).toBe(1)
    expect(again.ok && plain(again.pack)).toEqual(fresh.ok && plain(fresh.pack))
    expect(fresh.ok && plain(cache.read(fresh.pack.hash, MINI, noReload))).toEqual(fresh.ok && plain(fresh.pack))
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
    const again = loadPack(MINI, cache)
    expect(again.ok && plain(again.pack)).toEqual(first.ok && plain(first.pack))
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
      const questions = new Map(pack.questions)
      const q = [...questions.values()][0]!
      questions.set(q.id, { ...q, prompt: '' })
      pack.questions = questions
    })
    const loaded = loadPack(MINI, cache)
    expect(loaded.ok && new Map(loaded.pack.questions)).toEqual(fresh.questions)
  })

  it('cannot change the glossary into one the pack schemas refuse', () => {
    const { cache, fresh } = plant((pack) => {
      pack.glossary = [{ ...pack.glossary[0]!, definition: '' }]
    })
    const loaded = loadPack(MINI, cache)
    expect(loaded.ok && loaded.pack.glossary).toEqual(fresh.glossary)
  })
})

describe('a start-up from the cache', () => {
  /** The mini pack cached with its second chapter's first prose block replaced by `html`. */
  const cachedWithBadSecondChapter = () => {
    const cacheDir = temp()
    const cache = createPackCache(cacheDir)
    const fresh = loadPack(MINI)
    if (!fresh.ok) throw new Error('the mini pack must load')
    const planted = structuredClone(fresh.pack)
    const second = [...planted.chapters.values()][1]
    const block = second?.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'prose')
    if (!second || block?.kind !== 'prose') throw new Error('the mini pack has a second chapter with prose')
    block.html = '<img src=x onerror="alert(1)">'
    cache.write(planted)
    return { cache, cacheDir, fresh: fresh.pack, secondId: second.id }
  }

  it('checks a chapter when it is first read, not before', () => {
    const { cache, fresh, secondId } = cachedWithBadSecondChapter()
    let reloads = 0
    const pack = cache.read(fresh.hash, MINI, () => (reloads++, fresh))
    expect(pack?.outline).toEqual(fresh.outline)
    expect(pack?.chapters.get('first')).toEqual(fresh.chapters.get('first'))
    expect(reloads).toBe(0)
    // The damaged chapter is never shown: the pack's own files answer instead, once.
    expect(pack?.chapters.get(secondId)).toEqual(fresh.chapters.get(secondId))
    expect(pack?.chapters.get('first')).toEqual(fresh.chapters.get('first'))
    expect(reloads).toBe(1)
  })

  it.each([
    ['ends before the file starts', (ends: number[]) => (ends[0] = -1)],
    ['ends past the end of the file', (ends: number[]) => (ends[0] = 1e9)],
    ['ends mid-byte', (ends: number[]) => (ends[0] = 2.5)],
    ['is empty', (ends: number[]) => (ends[0] = 0)],
    ['is missing from the list', (ends: number[]) => ends.pop()],
  ])('reads a chapter whose place in the file %s from the pack instead', (_, damage) => {
    const cacheDir = temp()
    const cache = createPackCache(cacheDir)
    const fresh = loadPack(MINI, cache)
    if (!fresh.ok) throw new Error('the mini pack must load')
    const [file] = readdirSync(cacheDir)
    const bytes = readFileSync(join(cacheDir, file!))
    const headEnd = bytes.indexOf(0x0a)
    const head = JSON.parse(bytes.subarray(0, headEnd).toString()) as { chapters: string[]; ends: number[] }
    expect(head.chapters[0]).toBe('first')
    damage(head.ends)
    writeFileSync(join(cacheDir, file!), Buffer.concat([Buffer.from(JSON.stringify(head)), bytes.subarray(headEnd)]))
    const again = loadPack(MINI, cache)
    expect(again.ok && again.pack.chapters.get('first')).toEqual(fresh.pack.chapters.get('first'))
  })

  it('writes the cache anew when a piece fails its check, so the next start reads a sound one', () => {
    const { cache, cacheDir, fresh, secondId } = cachedWithBadSecondChapter()
    const first = loadPack(MINI, cache)
    expect(first.ok && first.pack.chapters.get(secondId)).toEqual(fresh.chapters.get(secondId))
    const [file] = readdirSync(cacheDir)
    expect(readFileSync(join(cacheDir, file!), 'utf8')).not.toContain('onerror')
    const next = loadPack(MINI, cache)
    expect(next.ok && plain(next.pack)).toEqual(plain(fresh))
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
    expect(left.every((name) => name.endsWith(`.v${CACHE_FORMAT}.pack`))).toBe(true)
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
    const again = loadPack(MINI, cache)
    expect(again.ok && plain(again.pack)).toEqual(first.ok && plain(first.pack))
  })
})
