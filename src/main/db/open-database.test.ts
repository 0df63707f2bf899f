import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate } from './migrate'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { openDatabase } from './open-database'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ac-db-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('openDatabase', () => {
  it('creates a migrated WAL database with synchronous=FULL and foreign keys on', () => {
    const db = openDatabase(join(dir, 'p.sqlite'))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all()
    expect(tables).toEqual([
      'answer_drafts',
      'checkpoint_attempts',
      'diagram_steps',
      'glossary_cards',
      'note_drafts',
      'reading_positions',
      'review_cards',
      'review_log',
      'section_notes',
      'section_reads',
      'settings',
      'study_time',
    ])
    db.close()
  })
})

describe('migrate', () => {
  it('applies all migrations in one transaction: a failing one leaves nothing behind', () => {
    const db = new Database(':memory:')
    const broken = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'bad', sql: 'CREATE TABLE b (x); THIS IS NOT SQL' },
    ]
    expect(() => migrate(db, broken)).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(0)
    expect(db.prepare(`SELECT count(*) FROM sqlite_master`).pluck().get()).toBe(0)
    db.close()
  })

  it('is a no-op when the file is current, and applies only what is pending', () => {
    const db = new Database(':memory:')
    const list = [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x)' }]
    expect(migrate(db, list)).toEqual({ from: 0, to: 1 })
    expect(migrate(db, list)).toEqual({ from: 1, to: 1 })
    const more = [...list, { version: 2, name: 'two', sql: 'CREATE TABLE b (x)' }]
    expect(migrate(db, more)).toEqual({ from: 1, to: 2 })
    db.close()
  })

  it('rejects a misnumbered migration list', () => {
    const db = new Database(':memory:')
    expect(() => migrate(db, [{ version: 2, name: 'skip', sql: '' }])).toThrow(/expected 1/)
    db.close()
  })
})
