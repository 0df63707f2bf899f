import Database from 'better-sqlite3'
import { existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFakeDialogs } from '../../../test/support/fake-dialogs'
import { tempServices } from '../../../test/support/temp-services'
import { parseBackupFileName } from '../backup/backup-names'
import { AppError } from '../../shared/ipc/errors'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { createChosenBackups } from './restore-chosen-backup'

const envs: ReturnType<typeof tempServices>[] = []
afterEach(() => envs.splice(0).forEach((env) => env.dispose()))

function setUp() {
  const dialogs = createFakeDialogs()
  const env = tempServices({ dialogs })
  envs.push(env)
  return { env, dialogs, backupsDir: join(env.dataDir, 'backups') }
}

/** Chapter "first" complete (three sections read, both questions right) and one note. */
function finishFirstChapter(env: ReturnType<typeof tempServices>): void {
  const { progress, notes } = env.services
  for (const section of ['intro', 'body', 'summary']) progress.markSectionRead('mini', 'first', section)
  progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'a' })
  progress.submitAnswer('mini', 'q-first-order', { type: 'ordering', order: ['servers', 'os', 'app'] })
  notes.save({
    courseId: 'mini',
    chapterId: 'first',
    sectionId: 'intro',
    text: '앱 아래는 운영체제',
    bookmarked: false,
  })
}

const status = (env: ReturnType<typeof tempServices>) =>
  env.services.progress.courseProgress('mini').chapters.map((c) => c.status)

describe('the backups the learner sees', () => {
  it('lists each backup with its reason, size and what it holds, read from the backup', async () => {
    const { env, backupsDir } = setUp()
    await env.services.startupBackup
    finishFirstChapter(env)
    await env.dispatch('checkData', {})
    const afterWork = (await env.services.data.backups.backupNow('daily')).file
    const result = await env.dispatch('listBackups', { courseId: 'mini' })
    expect(result.ok).toBe(true)
    const { backups } = (result as { value: { backups: { name: string; reason: string | null }[] } }).value
    expect(backups.map((b) => b.reason)).toEqual(['daily', 'startup'])
    expect(backups[0]).toMatchObject({
      name: afterWork,
      sizeBytes: expect.any(Number),
      contents: {
        state: 'readable',
        olderVersion: false,
        chaptersComplete: 1,
        chaptersTotal: 2,
        questionsAnswered: 2,
        notes: 1,
      },
    })
    expect(backups[1]).toMatchObject({ contents: { chaptersComplete: 0, questionsAnswered: 0, notes: 0 } })
    // Listing opened every backup read-only: nothing was written beside them.
    expect(readdirSync(backupsDir).sort()).toEqual(backups.map((b) => b.name).sort())
  })

  it('shows older names as of unknown reason, an older schema summarised, and damaged or newer ones marked', async () => {
    const { env, backupsDir } = setUp()
    await env.services.startupBackup
    // Version 2 of the schema: no notes table yet; one section read.
    const old = new Database(join(backupsDir, 'progress-20260101T090000Z.sqlite'))
    old.exec(`CREATE TABLE section_reads (course_id TEXT, chapter_id TEXT, section_id TEXT, read_at INTEGER);
              CREATE TABLE checkpoint_attempts (id INTEGER PRIMARY KEY, course_id TEXT, chapter_id TEXT,
                question_id TEXT, answer_json TEXT, correct INTEGER, answered_at INTEGER);
              INSERT INTO checkpoint_attempts VALUES (1, 'mini', 'first', 'q-first-single', '{}', 0, 1);`)
    old.pragma('user_version = 2')
    old.close()
    writeFileSync(join(backupsDir, 'progress-20260102T090000Z-daily.sqlite'), 'not a database '.repeat(100))
    const newer = new Database(join(backupsDir, 'progress-20260103T090000Z-import.sqlite'))
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    newer.close()
    const { backups } = env.services.backups.list('mini')
    const byName = Object.fromEntries(backups.map((b) => [b.name, b]))
    expect(byName['progress-20260101T090000Z.sqlite']).toMatchObject({
      reason: null,
      contents: { state: 'readable', schemaVersion: 2, olderVersion: true, questionsAnswered: 1, notes: null },
    })
    expect(byName['progress-20260102T090000Z-daily.sqlite']?.contents).toEqual({ state: 'damaged' })
    expect(byName['progress-20260103T090000Z-import.sqlite']?.contents).toMatchObject({ state: 'newer' })
  })

  it('reads the reason from the name, and accepts no name that is not exactly a backup name', () => {
    expect(parseBackupFileName('progress-20261129T102030Z-3-repair.sqlite')).toMatchObject({
      sequence: 3,
      reason: 'repair',
    })
    expect(parseBackupFileName('progress-20261129T102030Z.sqlite')?.reason).toBeUndefined()
    for (const bad of ['progress-20261129T102030Z-holiday.sqlite', 'progress-20261129T102030Z-daily-2.sqlite'])
      expect(parseBackupFileName(bad)).toBeNull()
  })
})

describe('restoring a chosen backup', () => {
  it('brings back the old progress, keeps a backup of the state it replaced, and keeps working', async () => {
    const { env, backupsDir } = setUp()
    await env.services.startupBackup
    finishFirstChapter(env)
    const before = (await env.services.data.backups.backupNow('daily')).file
    await env.dispatch('resetProgress', { courseId: 'mini', confirm: 'reset' })
    env.services.progress.markSectionRead('mini', 'second', 'start')
    expect(status(env)).toEqual(['not-started', 'in-progress'])

    const result = await env.dispatch('restoreBackup', { name: before })
    expect(result).toMatchObject({ ok: true, value: { restored: before } })
    expect(status(env)).toEqual(['complete', 'not-started'])
    expect(env.services.notes.list('mini').map((n) => n.text)).toEqual(['앱 아래는 운영체제'])

    // The state the restore replaced is in a backup of its own, and can be restored in turn.
    const { backupFile } = (result as { value: { backupFile: string } }).value
    expect(parseBackupFileName(backupFile)?.reason).toBe('restore')
    expect(env.services.backups.list('mini').backups.find((b) => b.name === backupFile)?.contents).toMatchObject({
      chaptersComplete: 0,
    })
    // The reopened database takes writes, durably, and no -wal of the old file was left to replay.
    env.services.progress.markSectionRead('mini', 'second', 'summary')
    const reopened = new Database(join(env.dataDir, 'progress.sqlite'), { readonly: true })
    expect(reopened.prepare(`SELECT count(*) FROM section_reads`).pluck().get()).toBe(4)
    reopened.close()
    expect(existsSync(join(backupsDir, before))).toBe(true)
    // And back again: the services rebuilt by the first restore can restore in turn.
    expect(await env.dispatch('restoreBackup', { name: backupFile })).toMatchObject({ ok: true })
    expect(status(env)).toEqual(['not-started', 'in-progress'])
  })

  it('refuses a damaged backup with a clear error, and changes nothing', async () => {
    const { env, backupsDir } = setUp()
    await env.services.startupBackup
    finishFirstChapter(env)
    const damaged = 'progress-20260102T090000Z-daily.sqlite'
    writeFileSync(join(backupsDir, damaged), 'SQLite format 3\0'.padEnd(4096, 'x'))
    const backupsBefore = readdirSync(backupsDir).sort()
    const before = env.fingerprint()
    const result = await env.dispatch('restoreBackup', { name: damaged })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_file', message: expect.stringMatching(/damaged/) },
    })
    expect(env.fingerprint()).toBe(before)
    expect(readdirSync(backupsDir).sort()).toEqual(backupsBefore)
    expect(status(env)).toEqual(['complete', 'not-started'])
  })

  it('refuses a backup from a newer app', async () => {
    const { env, backupsDir } = setUp()
    await env.services.startupBackup
    const newer = new Database(join(backupsDir, 'progress-20260103T090000Z.sqlite'))
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    newer.close()
    const result = await env.dispatch('restoreBackup', { name: 'progress-20260103T090000Z.sqlite' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_file', message: expect.stringMatching(/newer/) },
    })
  })

  it('restores only a backup named inside the backups folder: no paths, no links', async () => {
    const { env, backupsDir } = setUp()
    await env.services.startupBackup
    const before = env.fingerprint()
    for (const name of [
      '../progress.sqlite',
      '/etc/passwd',
      'progress-20260103T090000Z.sqlite/../../progress.sqlite',
      '..\\progress-20260103T090000Z.sqlite',
      'progress.sqlite',
    ]) {
      const result = await env.dispatch('restoreBackup', { name })
      expect(result, name).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(await env.dispatch('restoreBackup', { name: 'progress-20260103T090000Z.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    // A link planted under a backup's name is not followed.
    symlinkSync(join(env.dataDir, 'progress.sqlite'), join(backupsDir, 'progress-20260104T090000Z.sqlite'))
    expect(await env.dispatch('restoreBackup', { name: 'progress-20260104T090000Z.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    expect(env.fingerprint()).toBe(before)
  })

  it('refuses to restore, touching nothing, when the current state cannot be backed up first', async () => {
    const { env, backupsDir } = setUp()
    await env.services.startupBackup
    const chosen = (await env.services.data.backups.backupNow('daily')).file
    let reopened = false
    const backups = createChosenBackups({
      dataDir: env.dataDir,
      backupsDir,
      databasePath: join(env.dataDir, 'progress.sqlite'),
      lookup: env.services.lookup,
      dialogs: createFakeDialogs(),
      withSafetyBackup: () => Promise.reject(new AppError('storage', 'No safety backup could be made first')),
      reopenAround: () => {
        reopened = true
        return Promise.resolve([])
      },
    })
    await expect(backups.restore(chosen)).rejects.toMatchObject({ code: 'storage' })
    expect(reopened).toBe(false)
  })

  it('opens the data folder through the desktop', async () => {
    const { env, dialogs } = setUp()
    expect(await env.dispatch('openDataFolder', {})).toMatchObject({ ok: true })
    expect(dialogs.openedFolders).toEqual([env.dataDir])
  })
})
