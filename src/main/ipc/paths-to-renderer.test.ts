import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fixturePack, MINI_PACK } from '../../../test/support/packs'
import { tempServices } from '../../../test/support/temp-services'
import { BACKUPS_DIR, DATABASE_FILE } from '../data-folder'

const BROKEN = fixturePack('broken-no-manifest')

let cleanup: (() => void)[] = []
afterEach(() => {
  cleanup.forEach((f) => f())
  cleanup = []
})

/** A learner's home with their name in it: none of it may reach the page. */
function home() {
  const root = mkdtempSync(join(tmpdir(), 'ac-home-kim-jiwoo-'))
  const dataDir = join(root, 'Another Class Offline')
  const packs = join(root, 'course-packs')
  mkdirSync(dataDir)
  mkdirSync(packs)
  const logged: string[] = []
  return {
    root,
    dataDir,
    packs,
    logged,
    start(packDirs: string[]) {
      const env = tempServices({ dataDir, packDirs, log: (message) => logged.push(message) })
      cleanup.push(() => {
        env.services.close()
        rmSync(root, { recursive: true, force: true })
      })
      return env
    },
  }
}

describe('what reaches the page names files, not where they are on the disk', () => {
  it('start-up notices and the catalog: a set-aside database and broken packs', async () => {
    const h = home()
    writeFileSync(join(h.dataDir, DATABASE_FILE), 'this is not a database, it is a shopping list')
    cpSync(BROKEN, join(h.packs, 'broken'), { recursive: true })
    cpSync(MINI_PACK, join(h.packs, 'mini-copy'), { recursive: true })
    const env = h.start([MINI_PACK, join(h.packs, 'broken'), join(h.packs, 'mini-copy'), join(h.packs, 'missing')])

    const notices = await env.dispatch('getNotices', {})
    const catalog = await env.dispatch('getCatalog', {})
    const seen = JSON.stringify([notices, catalog])
    expect(seen).toContain('progress.sqlite.corrupt-')
    expect(seen).toContain('"dir":"broken"')
    expect(seen).toContain('"dir":"missing"')
    expect(seen).not.toContain(h.root)
    expect(seen).not.toContain(resolve(MINI_PACK, '..'))
    expect(seen).not.toMatch(/not a database|file is not a database/)
    // The log keeps the full story.
    expect(h.logged.join('\n')).toContain(h.dataDir)
    expect(h.logged.join('\n')).toContain(join(h.packs, 'missing'))
  })

  it('a failed safety backup says why in words, without the error’s path', async () => {
    const h = home()
    const env = h.start([MINI_PACK])
    await env.services.startupBackup
    rmSync(join(h.dataDir, BACKUPS_DIR), { recursive: true })
    writeFileSync(join(h.dataDir, BACKUPS_DIR), 'a file where the folder was')
    const result = await env.dispatch('resetProgress', { courseId: 'mini', confirm: 'reset' })
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } })
    expect(JSON.stringify(result)).not.toContain(h.root)
  })
})
