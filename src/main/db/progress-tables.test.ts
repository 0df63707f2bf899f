import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { fillProgress, snapshotProgress } from '../../../test/support/progress-fixture'
import { tempServices } from '../../../test/support/temp-services'
import { PROGRESS_TABLE_NAMES, PROGRESS_TABLES } from '../../shared/progress-file'
import { migrate } from './migrate'
import { resetCourse } from './progress-tables'

/**
 * Tables that hold no learner data worth carrying to another computer, each with the reason.
 * A table that is in neither list fails this test: add it to PROGRESS_TABLES (export, import,
 * merge, "Check data" and "Reset progress" follow) or here.
 */
const NOT_EXPORTED: Record<string, string> = {}

const db = new Database(':memory:')
migrate(db)
const tables = db
  .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
  .pluck()
  .all() as string[]
const columnsOf = (table: string) => (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name)

describe('the progress file covers the database', () => {
  it('lists every table of the schema, or says why it is left out', () => {
    const covered = new Set<string>([...PROGRESS_TABLE_NAMES, ...Object.keys(NOT_EXPORTED)])
    expect(tables.filter((t) => !covered.has(t))).toEqual([])
    expect(PROGRESS_TABLE_NAMES.filter((t) => !tables.includes(t))).toEqual([])
  })

  it.each(PROGRESS_TABLE_NAMES)(
    '%s: the entry names exactly the table columns (an event log without its rowid id)',
    (name) => {
      const spec = PROGRESS_TABLES[name]
      const expected = columnsOf(name).filter((c) => !(spec.merge.kind === 'events' && c === 'id'))
      expect(Object.keys(spec.columns).sort()).toEqual(expected.sort())
      if (spec.merge.kind === 'keyed') {
        const key = (db.pragma(`table_info(${name})`) as { name: string; pk: number }[])
          .filter((c) => c.pk > 0)
          .map((c) => c.name)
        expect([...spec.merge.key].sort()).toEqual(key.sort())
      }
    },
  )
})

describe('reset follows the forgetOnReset flags', () => {
  const env = tempServices()
  afterAll(() => env.dispose())
  fillProgress(env.services)
  const before = snapshotProgress(env.db)
  resetCourse(env.db, 'mini')
  const after = snapshotProgress(env.db)

  it.each(PROGRESS_TABLE_NAMES)('%s: reset forgets its rows exactly when the entry says so', (name) => {
    expect(before[name]!.length, 'the fixture fills every table').toBeGreaterThan(0)
    expect(after[name]).toEqual(PROGRESS_TABLES[name].forgetOnReset ? [] : before[name])
  })
})
