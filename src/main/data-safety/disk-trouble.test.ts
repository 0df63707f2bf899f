import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fillProgress } from '../../../test/support/progress-fixture'
import { tempServices } from '../../../test/support/temp-services'

/**
 * A full or read-only data folder. Tests run as root here, and root ignores chmod, so a
 * "read-only" folder made with chmod proves nothing. Two techniques that bind root too:
 * - in-process, SQLite itself refuses: `query_only` (SQLITE_READONLY) and `max_page_count`
 *   (SQLITE_FULL, exactly what a full disk returns);
 * - a real file system: a small tmpfs mounted inside `unshare -rm` (a user + mount namespace, no
 *   privileges needed), filled to ENOSPC, then remounted read-only (EROFS). Where unprivileged
 *   namespaces are not allowed, that part skips and says so.
 */
let env: ReturnType<typeof tempServices> | null = null
afterAll(() => env?.dispose())

describe('disk trouble, simulated inside SQLite', () => {
  it('a read-only database: writes get a storage error, reads work, nothing saved is lost', async () => {
    env = tempServices({ log: () => undefined })
    fillProgress(env.services)
    const before = env.services.progress.courseProgress('mini')
    env.db.pragma('query_only = ON')
    const write = await env.dispatch('markSectionRead', { courseId: 'mini', chapterId: 'first', sectionId: 'summary' })
    expect(write).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/cannot be written/) },
    })
    expect(await env.dispatch('updateSettings', { theme: 'light' })).toMatchObject({
      ok: false,
      error: { code: 'storage' },
    })
    expect(await env.dispatch('getChapter', { courseId: 'mini', chapterId: 'first' })).toMatchObject({ ok: true })
    expect(await env.dispatch('getProgress', { courseId: 'mini' })).toEqual({ ok: true, value: before })
    env.db.pragma('query_only = OFF')
  })

  it('a full database: a storage error that says the disk is full, and earlier writes intact', async () => {
    const full = tempServices({ log: () => undefined })
    try {
      fillProgress(full.services)
      const db = full.db
      db.pragma('wal_checkpoint(TRUNCATE)')
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`)
      let result: Awaited<ReturnType<typeof full.dispatch>> = { ok: true, value: null }
      for (let i = 0; i < 2000 && result.ok; i++) {
        result = await full.dispatch('recordStudyTime', { courseId: 'mini', chapterId: 'first', seconds: 30 })
      }
      expect(result).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/is full/) } })
      expect(full.services.progress.courseProgress('mini').chapters[0]?.sectionsRead.sort()).toEqual(['body', 'intro'])
      expect(db.pragma('quick_check', { simple: true })).toBe('ok')
    } finally {
      full.dispose()
    }
  })
})

const canUnshare = spawnSync('unshare', ['-rm', 'true']).status === 0
const FIXTURE = join(__dirname, 'disk-trouble.fixture.ts')

describe.skipIf(!canUnshare)('disk trouble on a real file system (tmpfs in a user namespace)', () => {
  const root = mkdtempSync(join(tmpdir(), 'ac-disk-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('full, then read-only: clear errors, the course still reads, nothing saved is lost', () => {
    const [crowded, clean] = [join(root, 'crowded'), join(root, 'clean')]
    const run = (dir: string, phase: string) => `${process.execPath} --import tsx ${FIXTURE} ${dir} ${phase}`
    const script = [
      `mkdir ${crowded} ${clean}`,
      `mount -t tmpfs -o size=1m tmpfs ${crowded}`,
      `mount -t tmpfs -o size=1m tmpfs ${clean}`,
      run(crowded, 'full'),
      run(clean, 'seed'),
      `mount -o remount,ro ${crowded}`,
      `mount -o remount,ro ${clean}`,
      run(crowded, 'read-only'),
      run(clean, 'read-only'),
    ].join(' && ')
    const output = execFileSync('unshare', ['-rm', 'sh', '-c', script], { encoding: 'utf8', timeout: 60_000 })
    const [full, , readOnly, cleanReadOnly] = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    // A full disk: a write is refused with a clear message; reading works; so does nothing else break.
    expect(full!['refused']).toMatchObject({ code: 'storage', message: expect.stringMatching(/full/) })
    expect(full!['export']).toMatchObject({ ok: false, error: { code: 'storage' } })
    expect(full!['reads']).toMatchObject({ chapter: true, progress: { ok: true } })
    // Remounted read-only: the services still start, say so, and show everything saved before.
    expect(readOnly!['notices']).toEqual(['storage-read-only'])
    expect(readOnly!['reads']).toEqual(full!['reads'])
    const chapters = (readOnly!['reads'] as { progress: { value: { chapters: { sectionsRead: string[] }[] } } })
      .progress.value.chapters
    expect(chapters[0]?.sectionsRead.sort()).toEqual(['body', 'intro'])
    for (const action of ['write', 'reset'])
      expect(readOnly![action], action).toMatchObject({ ok: false, error: { code: 'storage' } })
    expect(readOnly!['check']).toMatchObject({ ok: true, value: { integrity: 'ok' } })
    expect(readOnly!['readsAfter']).toEqual(full!['reads'])
    // A database closed cleanly (no -wal/-shm) on a read-only disk cannot even be opened by
    // SQLite in WAL mode: the services read an in-memory copy instead, and say so.
    expect(cleanReadOnly!['notices']).toEqual(['storage-read-only'])
    expect(cleanReadOnly!['reads']).toEqual(full!['reads'])
    expect(cleanReadOnly!['write']).toMatchObject({ ok: false, error: { code: 'storage' } })
  }, 60_000)
})
