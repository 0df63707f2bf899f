import Database from 'better-sqlite3'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { copyBackupInto, usableBackups } from './restore-backup'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ac-restore-'))
  mkdirSync(join(dir, 'backups'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function backup(name: string, userVersion = LATEST_SCHEMA_VERSION): string {
  const path = join(dir, 'backups', name)
  const db = new Database(path)
  db.exec(`CREATE TABLE t (x); INSERT INTO t VALUES ('${name}')`)
  db.pragma(`user_version = ${userVersion}`)
  db.close()
  return path
}

describe('restoring a backup', () => {
  it('offers backups newest first, skipping damaged ones and ones from a newer app', () => {
    backup('progress-20260301T090000Z.sqlite')
    backup('progress-20260302T090000Z.sqlite')
    backup('progress-20260303T090000Z.sqlite', LATEST_SCHEMA_VERSION + 1)
    writeFileSync(join(dir, 'backups', 'progress-20260304T090000Z.sqlite'), 'garbage'.repeat(500))
    writeFileSync(join(dir, 'backups', 'progress-20260305T090000Z.sqlite.partial'), 'half')
    expect([...usableBackups(join(dir, 'backups'))].map((b) => b.name)).toEqual([
      'progress-20260302T090000Z.sqlite',
      'progress-20260301T090000Z.sqlite',
    ])
  })

  it('copies the backup in whole and leaves no stale -wal, -shm or -journal beside it', () => {
    const source = backup('progress-20260301T090000Z.sqlite')
    const target = join(dir, 'progress.sqlite')
    for (const side of ['-wal', '-shm', '-journal']) writeFileSync(target + side, 'stale pages from the damaged file')
    copyBackupInto(source, target)
    expect(readFileSync(target)).toEqual(readFileSync(source))
    for (const side of ['-wal', '-shm', '-journal', '.restoring']) expect(existsSync(target + side), side).toBe(false)
  })
})
