import Database from 'better-sqlite3'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DatabaseTooNewError } from '../db/migrate'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { openProgressDatabase } from './open-progress-database'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ac-db-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const fixedNow = () => new Date('2026-11-29T10:20:30Z')

describe('openProgressDatabase', () => {
  it('opens a good file as it is', () => {
    const { db, setAside, restored, incomplete, readOnly } = openProgressDatabase({ path: join(dir, 'p.sqlite') })
    expect({ setAside, restored, incomplete, readOnly }).toEqual({
      setAside: null,
      restored: null,
      incomplete: null,
      readOnly: null,
    })
    db.close()
  })

  it('sets a non-SQLite file aside with a timestamped name and starts fresh', () => {
    const path = join(dir, 'p.sqlite')
    writeFileSync(path, 'definitely not sqlite '.repeat(100))
    const { db, setAside } = openProgressDatabase({ path, now: fixedNow })
    expect(setAside?.setAsidePath).toBe(`${path}.corrupt-20261129T102030`)
    expect(readdirSync(dir).sort()).toContain('p.sqlite.corrupt-20261129T102030')
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    db.close()
  })

  it('sets a database with a damaged header aside', () => {
    const path = join(dir, 'p.sqlite')
    const first = openProgressDatabase({ path })
    first.db.prepare(`INSERT INTO settings VALUES ('k', '1', 1)`).run()
    first.db.close()
    const bytes = Buffer.alloc(100, 0xff)
    writeFileSync(path, bytes, { flag: 'r+' })
    const { db, setAside } = openProgressDatabase({ path, now: fixedNow })
    expect(setAside).not.toBeNull()
    expect(db.prepare(`SELECT count(*) FROM settings`).pluck().get()).toBe(0)
    db.close()
  })

  it('sets a directory standing where the file should be aside', () => {
    const path = join(dir, 'p.sqlite')
    mkdirSync(path)
    const { db, setAside } = openProgressDatabase({ path, now: fixedNow })
    expect(setAside?.reason).toMatch(/not a file/)
    db.close()
  })

  it('refuses a file from a newer app and leaves it untouched', () => {
    const path = join(dir, 'p.sqlite')
    const raw = new Database(path)
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    raw.close()
    expect(() => openProgressDatabase({ path })).toThrow(DatabaseTooNewError)
    expect(() => openProgressDatabase({ path })).toThrow(/newer version of Another Class Offline/)
    expect(readdirSync(dir)).toEqual(['p.sqlite'])
  })
})
