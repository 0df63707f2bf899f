import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MINI_PACK } from '../../../test/support/temp-services'
import { parseBackupFileName } from '../backup/backup-names'
import { BACKUPS_DIR, DATABASE_FILE } from '../data-folder'
import { createServices } from '../services'

/**
 * Each kind of damage a progress file can suffer, on a data folder with a history: a first
 * session read "intro" and closed cleanly; a second session's start-up backup (at T2) holds
 * that, then it read "body" and crashed. Whatever the damage, the services start, say what
 * happened, and — where a good backup exists — the learner gets the newest one back.
 */
const T1 = new Date('2026-03-01T09:00:00Z')
const T2 = new Date('2026-03-02T09:00:00Z')
const T3 = new Date('2026-03-03T09:00:00Z')
const B2 = 'progress-20260302T090000Z-startup.sqlite'

let dirs: string[] = []
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  dirs = []
})

const start = (dataDir: string, at: Date) =>
  createServices({ dataDir, packDirs: [MINI_PACK], now: () => at, log: () => undefined })
const readSections = (s: ReturnType<typeof start>) => s.progress.courseProgress('mini').chapters[0]?.sectionsRead ?? []

/** Builds the two-session history and leaves the files as a crash of the second session would. */
async function history(): Promise<{ dataDir: string; db: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ac-recovery-'))
  dirs.push(dataDir)
  const first = start(dataDir, T1)
  await first.startupBackup
  first.progress.markSectionRead('mini', 'first', 'intro')
  first.close()
  const second = start(dataDir, T2)
  await second.startupBackup
  second.progress.markSectionRead('mini', 'first', 'body')
  // A SIGKILL now would leave exactly these bytes: every commit is already on disk (WAL, FULL).
  const db = join(dataDir, DATABASE_FILE)
  const crash = join(dataDir, 'crash')
  mkdirSync(crash)
  for (const s of ['', '-wal', '-shm']) if (existsSync(db + s)) copyFileSync(db + s, join(crash, DATABASE_FILE + s))
  second.close()
  for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true })
  for (const s of ['', '-wal', '-shm']) {
    const saved = join(crash, DATABASE_FILE + s)
    if (existsSync(saved)) copyFileSync(saved, db + s)
  }
  rmSync(crash, { recursive: true })
  // The database file was last written at T1's clean close; each backup when its name says.
  utimesSync(db, T1, T1)
  for (const name of readdirSync(join(dataDir, BACKUPS_DIR))) {
    const at = parseBackupFileName(name)?.takenAt ?? T1
    utimesSync(join(dataDir, BACKUPS_DIR, name), at, at)
  }
  return { dataDir, db }
}

const PAGE = 4096
const damages: { kind: string; damage: (db: string) => void }[] = [
  { kind: 'truncated file', damage: (db) => truncateSync(db, Math.floor(statSync(db).size / 3)) },
  { kind: 'zeroed header', damage: (db) => writeFileSync(db, Buffer.alloc(100), { flag: 'r+' }) },
  {
    kind: 'garbage pages in the middle',
    damage: (db) => {
      const bytes = readFileSync(db)
      for (let i = PAGE; i < bytes.length - PAGE; i++) bytes[i] = (i * 2654435761) >>> 24
      writeFileSync(db, bytes)
    },
  },
  { kind: 'deleted -wal after a crash', damage: (db) => rmSync(`${db}-wal`) },
  {
    kind: 'a directory where the file should be',
    damage: (db) => {
      for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true })
      mkdirSync(db)
      writeFileSync(join(db, 'stray.txt'), 'x')
    },
  },
  {
    kind: 'a file that is not SQLite',
    damage: (db) => writeFileSync(db, 'PK\u0003\u0004 a zip archive, perhaps '.repeat(500)),
  },
  { kind: 'an emptied file', damage: (db) => (rmSync(`${db}-wal`, { force: true }), writeFileSync(db, '')) },
]

describe('recovery from a damaged progress database', () => {
  it('the history itself is sound: a restart after the crash keeps both read marks', async () => {
    const { dataDir } = await history()
    const after = start(dataDir, T3)
    expect(after.notices).toEqual([])
    expect(readSections(after).sort()).toEqual(['body', 'intro'])
    after.close()
  })

  it.each(damages)('$kind: set aside, newest good backup restored, learner told', async ({ damage }) => {
    const { dataDir, db } = await history()
    damage(db)
    const after = start(dataDir, T3)
    expect(after.notices).toEqual([
      expect.objectContaining({ kind: 'database-restored', backupFile: B2, backupTakenAt: T2.toISOString() }),
    ])
    // The backup from T2 holds the first session's read mark; the damaged file is kept aside.
    expect(readSections(after)).toEqual(['intro'])
    const notice = after.notices[0] as { setAsideFile: string }
    expect(existsSync(join(dataDir, notice.setAsideFile))).toBe(true)
    after.progress.markSectionRead('mini', 'first', 'summary')
    after.close()
    // The restored database is whole: no stale -wal/-shm beside it, and it reopens without a notice.
    expect(readdirSync(dataDir).filter((n) => n.startsWith(`${DATABASE_FILE}-`))).toEqual([])
    const again = start(dataDir, T3)
    expect(again.notices).toEqual([])
    expect(readSections(again).sort()).toEqual(['intro', 'summary'])
    again.close()
  })

  it.each(damages.filter((d) => d.kind !== 'an emptied file' && d.kind !== 'deleted -wal after a crash'))(
    '$kind with no usable backup: starts fresh and says so',
    async ({ damage }) => {
      const { dataDir, db } = await history()
      rmSync(join(dataDir, BACKUPS_DIR), { recursive: true })
      damage(db)
      const after = start(dataDir, T3)
      expect(after.notices).toEqual([expect.objectContaining({ kind: 'database-reset' })])
      expect(readSections(after)).toEqual([])
      after.close()
    },
  )

  it('skips a damaged newest backup and restores the next good one', async () => {
    const { dataDir, db } = await history()
    const backups = join(dataDir, BACKUPS_DIR)
    writeFileSync(join(backups, 'progress-20260302T120000Z.sqlite'), 'not a database at all'.repeat(300))
    writeFileSync(db, 'garbage'.repeat(1000))
    const after = start(dataDir, T3)
    expect(after.notices).toEqual([expect.objectContaining({ kind: 'database-restored', backupFile: B2 })])
    after.close()
  })

  it('keeps a file whose -wal vanished when it was written after every backup, and says changes may be missing', async () => {
    const { dataDir, db } = await history()
    rmSync(`${db}-wal`)
    utimesSync(db, T3, T3)
    const after = start(dataDir, T3)
    expect(after.notices).toEqual([expect.objectContaining({ kind: 'database-incomplete' })])
    expect(readSections(after)).toEqual(['intro'])
    after.close()
  })

  it('an empty file with no backups is simply a new database', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ac-recovery-'))
    dirs.push(dataDir)
    writeFileSync(join(dataDir, DATABASE_FILE), '')
    const fresh = start(dataDir, T1)
    expect(fresh.notices).toEqual([])
    fresh.close()
  })
})
