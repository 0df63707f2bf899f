import Database from 'better-sqlite3'
import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempServices } from '../../../test/support/temp-services'
import { backupFileName } from './backup-names'
import { BACKUPS_DIR } from '../data-folder'

let env: ReturnType<typeof tempServices> | null = null
afterEach(() => env?.dispose())

/** Services on a clock the test moves. */
function servicesAt(iso: string) {
  const clock = { now: new Date(iso) }
  env = tempServices({ now: () => clock.now })
  return { env, clock, dir: join(env.dataDir, BACKUPS_DIR) }
}

const backupFiles = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.sqlite'))
    .sort()

function inspect(path: string) {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return {
      check: db.pragma('quick_check', { simple: true }),
      journal: db.pragma('journal_mode', { simple: true }),
      reads: db.prepare(`SELECT count(*) FROM section_reads`).pluck().get(),
    }
  } finally {
    db.close()
  }
}

describe('automatic backups', () => {
  it('takes a verified, self-contained backup at start-up', async () => {
    const { env, dir } = servicesAt('2026-03-18T09:00:00Z')
    await env.services.startupBackup
    // Its name says when and why.
    expect(backupFiles(dir)).toEqual(['progress-20260318T090000Z-startup.sqlite'])
    // A rollback-journal file that needs no -wal beside it, and holds what the database held.
    expect(inspect(join(dir, 'progress-20260318T090000Z-startup.sqlite'))).toEqual({
      check: 'ok',
      journal: 'delete',
      reads: 0,
    })
    expect(readdirSync(dir)).toEqual(['progress-20260318T090000Z-startup.sqlite'])
  })

  it('copies what was written, while the app keeps running', async () => {
    const { env, clock } = servicesAt('2026-03-18T09:00:00Z')
    await env.services.startupBackup
    env.services.progress.markSectionRead('mini', 'first', 'intro')
    clock.now = new Date('2026-03-18T09:05:00Z')
    const written = await env.services.data.backups.backupNow()
    expect(inspect(written.path).reads).toBe(1)
    expect(env.services.progress.courseProgress('mini').chapters[0]?.sectionsRead).toEqual(['intro'])
  })

  it('takes the daily backup only when the newest is a day old', async () => {
    const { env, dir, clock } = servicesAt('2026-03-18T09:00:00Z')
    await env.services.startupBackup
    clock.now = new Date('2026-03-19T08:59:59Z')
    expect(await env.services.data.backups.maybeBackup()).toBeNull()
    clock.now = new Date('2026-03-19T09:00:00Z')
    expect((await env.services.data.backups.maybeBackup())?.file).toBe('progress-20260319T090000Z-daily.sqlite')
    expect(backupFiles(dir)).toHaveLength(2)
  })

  it('numbers backups taken within the same second instead of overwriting, whatever their reasons', async () => {
    const { env, dir } = servicesAt('2026-03-18T09:00:00Z')
    const [a, b] = await Promise.all([
      env.services.data.backups.backupNow('import'),
      env.services.data.backups.backupNow('import'),
    ])
    await env.services.startupBackup
    expect(new Set([a.file, b.file]).size).toBe(2)
    expect(backupFiles(dir)).toEqual([
      'progress-20260318T090000Z-2-import.sqlite',
      'progress-20260318T090000Z-3-import.sqlite',
      'progress-20260318T090000Z-startup.sqlite',
    ])
  })

  it('thins old backups after each one and clears copies a crash left half-written', async () => {
    const { env, dir, clock } = servicesAt('2026-03-18T09:00:00Z')
    await env.services.startupBackup
    const first = join(dir, 'progress-20260318T090000Z-startup.sqlite')
    // Sixty earlier daily backups named before reasons were recorded, and a .partial left by a crash.
    for (let day = 1; day <= 60; day++)
      copyFileSync(first, join(dir, backupFileName(new Date(Date.UTC(2026, 2, 18 - day, 9)))))
    writeFileSync(join(dir, 'progress-20260317T120000Z.sqlite.partial'), 'half a copy')
    clock.now = new Date('2026-03-18T10:00:00Z')
    await env.services.data.backups.backupNow()
    const day = (d: string, hour = '09') => `progress-2026${d.replace('-', '')}T${hour}0000Z.sqlite`
    expect(backupFiles(dir)).toEqual(
      [
        ...['progress-20260318T090000Z-startup.sqlite', day('03-18', '10'), day('03-17')], // today and yesterday
        ...['03-16', '03-15', '03-14', '03-13', '03-12', '03-11', '03-10'].map((d) => day(d)), // 7 daily
        ...['03-08', '03-01', '02-22', '02-15'].map((d) => day(d)), // 4 weekly (Sundays)
        day('01-31'), // monthly: the oldest backup, Jan 17, is 60 days back, so January is the only month left
      ].sort(),
    )
    expect(readdirSync(dir).some((n) => n.endsWith('.partial'))).toBe(false)
  })

  it('forces a backup before a reset, holding the progress the reset erased', async () => {
    const { env, dir, clock } = servicesAt('2026-03-18T09:00:00Z')
    await env.services.startupBackup
    env.services.progress.markSectionRead('mini', 'first', 'intro')
    clock.now = new Date('2026-03-18T09:30:00Z')
    expect(await env.dispatch('resetProgress', { courseId: 'mini', confirm: 'reset' })).toMatchObject({ ok: true })
    expect(inspect(join(dir, 'progress-20260318T093000Z-reset.sqlite')).reads).toBe(1)
    expect(env.services.progress.courseProgress('mini').chapters[0]?.sectionsRead).toEqual([])
  })

  it('refuses the reset, changing nothing, when no backup can be written', async () => {
    const { env, dir } = servicesAt('2026-03-18T09:00:00Z')
    await env.services.startupBackup
    env.services.progress.markSectionRead('mini', 'first', 'intro')
    // A file where the backups folder should be: every backup fails, for root too.
    rmSync(dir, { recursive: true })
    writeFileSync(dir, 'not a folder')
    const result = await env.dispatch('resetProgress', { courseId: 'mini', confirm: 'reset' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/No safety backup/) },
    })
    expect(env.services.progress.courseProgress('mini').chapters[0]?.sectionsRead).toEqual(['intro'])
    expect(existsSync(dir)).toBe(true)
  })
})
