import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fillProgress } from '../../../test/support/progress-fixture'
import { tempServices } from '../../../test/support/temp-services'
import { DATABASE_FILE } from '../data-folder'

let env: ReturnType<typeof tempServices> | null = null
afterEach(() => env?.dispose())

/** Services whose database was changed behind their back, then reopened. */
function servicesAfter(tamper: (db: Database.Database) => void) {
  const first = tempServices({ log: () => undefined })
  fillProgress(first.services)
  first.services.close()
  const raw = new Database(join(first.dataDir, DATABASE_FILE))
  tamper(raw)
  raw.close()
  env = tempServices({ dataDir: first.dataDir, log: () => undefined })
  return env
}

const check = async () => {
  const result = await env!.dispatch('checkData', {})
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as {
    integrity: string
    problems: string[]
    repaired: Record<string, number>
    keptUnknownIds: number
    backupFile: string | null
  }
}

describe('Check data', () => {
  it('reports a sound database as such and changes nothing, not even a backup', async () => {
    env = tempServices({ log: () => undefined })
    fillProgress(env.services)
    await env.services.startupBackup
    const before = env.fingerprint()
    const backups = env.services.data.backups.list().length
    expect(await check()).toEqual({
      integrity: 'ok',
      problems: [],
      repaired: { orphanRows: 0, unreadableDrafts: 0, unreadableSettings: 0 },
      keptUnknownIds: 0,
      backupFile: null,
    })
    expect(env.fingerprint()).toBe(before)
    expect(env.services.data.backups.list()).toHaveLength(backups)
  })

  it('rebuilds a damaged index (integrity_check fails, quick_check does not) after a backup', async () => {
    servicesAfter((db) => {
      db.unsafeMode(true)
      db.pragma('writable_schema = ON')
      // The index now claims an order its entries do not have: what a torn index page looks like.
      db.prepare(
        `UPDATE sqlite_schema SET sql = replace(sql, '(course_id, question_id, id)', '(question_id, answer_json)')
                  WHERE name = 'checkpoint_attempts_question'`,
      ).run()
    })
    expect(env!.db.pragma('quick_check', { simple: true })).toBe('ok')
    const report = await check()
    expect(report).toMatchObject({
      integrity: 'repaired',
      problems: [],
      backupFile: expect.stringMatching(/^progress-/),
    })
    expect(env!.db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(env!.services.progress.courseProgress('mini').chapters[0]?.checkCorrect).toBe(1)
  })

  it('deletes unreadable drafts and settings, and orphan rows a foreign key points away from', async () => {
    servicesAfter((db) => {
      // Rows written while foreign keys were not enforced, as an older app or a hand edit might.
      db.pragma('foreign_keys = OFF')
      db.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY);
               CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));
               INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1, 1), (2, 99), (3, 98);`)
      db.prepare(`UPDATE answer_drafts SET draft_json = '{"type":"ordering","order":'`).run()
      db.prepare(`INSERT INTO settings VALUES ('broken', 'not json', 0)`).run()
    })
    const report = await check()
    expect(report).toMatchObject({
      integrity: 'ok',
      repaired: { orphanRows: 2, unreadableDrafts: 1, unreadableSettings: 1 },
      backupFile: expect.stringMatching(/^progress-/),
    })
    const db = env!.db
    expect(db.prepare(`SELECT id FROM child`).pluck().all()).toEqual([1])
    expect(db.prepare(`SELECT count(*) FROM answer_drafts`).pluck().get()).toBe(0)
    expect(db.prepare(`SELECT key FROM settings ORDER BY key`).pluck().all()).toEqual(['learner'])
    // Checking again finds nothing left to repair.
    expect(await check()).toMatchObject({
      repaired: { orphanRows: 0, unreadableDrafts: 0, unreadableSettings: 0 },
      backupFile: null,
    })
  })

  it('keeps, and counts, progress for ids the installed course no longer has', async () => {
    servicesAfter((db) => {
      db.prepare(`INSERT INTO section_reads VALUES ('mini', 'first', 'removed-section', 1)`).run()
      db.prepare(`INSERT INTO section_reads VALUES ('mini', 'removed-chapter', 'intro', 1)`).run()
      db.prepare(
        `INSERT INTO study_time (course_id, chapter_id, recorded_at, seconds) VALUES ('uninstalled', 'x', 1, 5)`,
      ).run()
    })
    const before = env!.fingerprint()
    expect(await check()).toMatchObject({ integrity: 'ok', keptUnknownIds: 3, backupFile: null })
    expect(env!.fingerprint()).toBe(before)
  })
})
