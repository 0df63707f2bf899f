import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFakeDialogs } from '../../../test/support/fake-dialogs'
import { fillProgress, snapshotProgress } from '../../../test/support/progress-fixture'
import { tempServices } from '../../../test/support/temp-services'
import { PROGRESS_TABLE_NAMES } from '../../shared/progress-file'

let envs: ReturnType<typeof tempServices>[] = []
afterEach(() => {
  envs.forEach((e) => e.dispose())
  envs = []
})

function setup() {
  const dialogs = createFakeDialogs()
  const env = tempServices({ dialogs, log: () => undefined })
  envs.push(env)
  return { env, dialogs, file: join(env.dataDir, 'export.json') }
}

async function exportTo(
  env: ReturnType<typeof tempServices>,
  dialogs: ReturnType<typeof createFakeDialogs>,
  path: string,
) {
  dialogs.savePath = path
  const result = await env.dispatch('exportProgress', { courseId: 'mini' })
  expect(result).toMatchObject({ ok: true, value: { cancelled: false, path, skipped: 0 } })
  return result
}

async function importFrom(
  env: ReturnType<typeof tempServices>,
  dialogs: ReturnType<typeof createFakeDialogs>,
  path: string,
  mode: 'replace' | 'merge',
) {
  dialogs.openPath = path
  const preview = await env.dispatch('previewImport', {})
  if (!preview.ok) throw new Error(JSON.stringify(preview.error))
  const { token } = preview.value as { token: string }
  const applied = await env.dispatch('applyImport', { token, mode })
  expect(applied).toMatchObject({ ok: true })
  return { preview: preview.value, applied }
}

describe('export and import', () => {
  it('round-trips every table: export → reset → import gives identical progress', async () => {
    const { env, dialogs, file } = setup()
    fillProgress(env.services)
    const before = snapshotProgress(env.db)
    for (const name of PROGRESS_TABLE_NAMES) expect(before[name], `${name} has rows`).not.toHaveLength(0)
    const progressBefore = env.services.progress.courseProgress('mini')

    await exportTo(env, dialogs, file)
    expect(await env.dispatch('resetProgress', { courseId: 'mini', confirm: 'reset' })).toMatchObject({ ok: true })
    env.services.settings.update({ theme: 'light' })
    expect(snapshotProgress(env.db)).not.toEqual(before)

    const { preview } = await importFrom(env, dialogs, file, 'replace')
    expect(preview).toMatchObject({
      courseId: 'mini',
      fileName: 'export.json',
      unknownIds: 0,
      counts: { checkpoint_attempts: 2 },
    })
    expect(snapshotProgress(env.db)).toEqual(before)
    expect(env.services.progress.courseProgress('mini')).toEqual(progressBefore)
    expect(env.services.settings.get()).toMatchObject({ theme: 'dark', locale: 'en' })
  })

  it('moves progress to a new computer (a fresh data folder)', async () => {
    const a = setup()
    fillProgress(a.env.services)
    await exportTo(a.env, a.dialogs, a.file)
    const b = setup()
    await importFrom(b.env, b.dialogs, a.file, 'replace')
    expect(snapshotProgress(b.env.db)).toEqual(snapshotProgress(a.env.db))
  })

  it('merges without duplicates and keeps the newest answer the latest', async () => {
    const { env, dialogs, file } = setup()
    fillProgress(env.services)
    await exportTo(env, dialogs, file)
    // After the export the learner answers wrongly again and reads the summary.
    env.services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'b' })
    env.services.progress.markSectionRead('mini', 'first', 'summary')
    const { applied } = await importFrom(env, dialogs, file, 'merge')
    const counts = (applied as { value: { counts: Record<string, number> } }).value.counts
    expect(counts).toMatchObject({ checkpoint_attempts: 3, section_reads: 3, study_time: 1 })
    const state = env.services.chapterState.get('mini', 'first')
    expect(state.results['q-first-single']?.answer).toEqual({ type: 'single', optionId: 'b' })
    // Importing the same file again adds nothing.
    const again = await importFrom(env, dialogs, file, 'merge')
    expect((again.applied as { value: { counts: unknown } }).value.counts).toEqual(counts)
  })

  it('forces a backup before applying, and names it', async () => {
    const { env, dialogs, file } = setup()
    fillProgress(env.services)
    await env.services.startupBackup
    await exportTo(env, dialogs, file)
    const before = env.services.data.backups.list().length
    const { applied } = await importFrom(env, dialogs, file, 'replace')
    expect(env.services.data.backups.list()).toHaveLength(before + 1)
    expect((applied as { value: { backupFile: string } }).value.backupFile).toMatch(
      /^progress-\d{8}T\d{6}Z(-\d+)?-import\.sqlite$/,
    )
  })

  it('treats a cancelled dialog as a cancel, and an unknown or used token as not found', async () => {
    const { env, dialogs, file } = setup()
    expect(await env.dispatch('exportProgress', { courseId: 'mini' })).toEqual({ ok: true, value: { cancelled: true } })
    expect(await env.dispatch('previewImport', {})).toEqual({ ok: true, value: { cancelled: true } })
    expect(await env.dispatch('applyImport', { token: 'a'.repeat(32), mode: 'merge' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    await exportTo(env, dialogs, file)
    dialogs.openPath = file
    const preview = await env.dispatch('previewImport', {})
    const token = (preview as { value: { token: string } }).value.token
    expect(await env.dispatch('applyImport', { token, mode: 'merge' })).toMatchObject({ ok: true })
    expect(await env.dispatch('applyImport', { token, mode: 'merge' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })
})

describe('a bad import file is refused with a clear message and changes nothing', () => {
  /** A valid export to derive bad files from. */
  async function validFile() {
    const s = setup()
    fillProgress(s.env.services)
    await exportTo(s.env, s.dialogs, s.file)
    return {
      ...s,
      json: JSON.parse(readFileSync(s.file, 'utf8')) as Record<string, unknown>,
      text: readFileSync(s.file, 'utf8'),
    }
  }
  type Good = Awaited<ReturnType<typeof validFile>>
  const withRow = (good: Good, table: string, change: (row: Record<string, unknown>) => void) => {
    const copy = structuredClone(good.json) as { tables: Record<string, Record<string, unknown>[]> }
    change(copy.tables[table]![0]!)
    return JSON.stringify(copy)
  }

  const bad: { label: string; write: (good: Good, path: string) => void; message: RegExp }[] = [
    { label: 'not JSON', write: (_, p) => writeFileSync(p, '{ "format": oops'), message: /not valid JSON/ },
    {
      label: 'truncated',
      write: (g, p) => writeFileSync(p, g.text.slice(0, g.text.length / 2)),
      message: /not valid JSON/,
    },
    { label: 'empty', write: (_, p) => writeFileSync(p, ''), message: /empty/ },
    {
      label: 'oversized (21 MB)',
      write: (_, p) => (writeFileSync(p, '{}'), truncateSync(p, 21 * 1024 * 1024)),
      message: /too large/,
    },
    {
      // Valid JSON of a valid file, padded: a year of heavy use exports to ~4.4 MB.
      label: 'valid but over 10 MB',
      write: (g, p) => writeFileSync(p, g.text + ' '.repeat(10 * 1024 * 1024)),
      message: /too large/,
    },
    {
      label: 'not UTF-8',
      write: (_, p) => writeFileSync(p, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])),
      message: /not UTF-8/,
    },
    { label: 'a directory', write: (_, p) => mkdirSync(p), message: /not a file/ },
    {
      label: 'another format',
      write: (g, p) => writeFileSync(p, JSON.stringify({ ...g.json, format: 'anki' })),
      message: /not an Another Class/,
    },
    { label: 'a JSON array', write: (_, p) => writeFileSync(p, '[1,2,3]'), message: /not an Another Class/ },
    {
      label: 'a newer version',
      write: (g, p) => writeFileSync(p, JSON.stringify({ ...g.json, version: 2 })),
      message: /newer version/,
    },
    {
      label: 'an older version',
      write: (g, p) => writeFileSync(p, JSON.stringify({ ...g.json, version: 0 })),
      message: /version 0 is not supported/,
    },
    {
      label: 'a __proto__ key (prototype pollution)',
      write: (g, p) => writeFileSync(p, g.text.replace('"course_id"', '"__proto__": {"polluted": true}, "course_id"')),
      message: /"__proto__"/,
    },
    {
      label: 'a constructor.prototype key',
      write: (g, p) => writeFileSync(p, g.text.replace('{', '{"constructor": {"prototype": {"polluted": true}},')),
      message: /"(constructor|prototype)"/,
    },
    {
      label: 'a huge string',
      write: (g, p) =>
        writeFileSync(
          p,
          withRow(g, 'section_notes', (r) => (r['text'] = '가'.repeat(100_000))),
        ),
      message: /section_notes\.0\.text/,
    },
    {
      label: 'a wrong type',
      write: (g, p) =>
        writeFileSync(
          p,
          withRow(g, 'section_reads', (r) => (r['read_at'] = 'yesterday')),
        ),
      message: /section_reads\.0\.read_at/,
    },
    {
      label: 'an id that is not a pack id',
      write: (g, p) =>
        writeFileSync(
          p,
          withRow(g, 'section_reads', (r) => (r['section_id'] = '../../etc/passwd')),
        ),
      message: /section_id/,
    },
    {
      label: 'SQL in an id',
      write: (g, p) =>
        writeFileSync(
          p,
          withRow(g, 'section_reads', (r) => (r['chapter_id'] = "x'); DROP TABLE settings;--")),
        ),
      message: /chapter_id/,
    },
    {
      label: 'an extra column',
      write: (g, p) =>
        writeFileSync(
          p,
          withRow(g, 'checkpoint_attempts', (r) => (r['id'] = 1)),
        ),
      message: /checkpoint_attempts\.0/,
    },
    {
      label: 'an unknown table',
      write: (g, p) =>
        writeFileSync(p, JSON.stringify({ ...g.json, tables: { ...(g.json['tables'] as object), sqlite_master: [] } })),
      message: /tables/,
    },
    {
      label: 'an answer that is not an answer',
      write: (g, p) =>
        writeFileSync(
          p,
          withRow(g, 'checkpoint_attempts', (r) => (r['answer_json'] = '{"type":"evil"}')),
        ),
      message: /answer_json/,
    },
    {
      label: 'a row of another course',
      write: (g, p) =>
        writeFileSync(
          p,
          withRow(g, 'study_time', (r) => (r['course_id'] = 'other')),
        ),
      message: /study_time\.0\.course_id/,
    },
    {
      label: 'a course that is not installed',
      write: (g, p) => writeFileSync(p, JSON.stringify({ ...g.json, courseId: 'other', tables: {} })),
      message: /not installed/,
    },
    {
      label: 'an infinite number',
      write: (g, p) => writeFileSync(p, g.text.replace(/"read_at": \d+/, '"read_at": 1e400')),
      message: /read_at/,
    },
    {
      label: 'too many rows',
      write: (g, p) => {
        const row = { course_id: 'mini', chapter_id: 'first', section_id: 'intro', read_at: 1 }
        writeFileSync(
          p,
          JSON.stringify({ ...g.json, tables: { section_reads: Array.from({ length: 100_001 }, () => row) } }),
        )
      },
      message: /section_reads/,
    },
  ]

  it.each(bad)('$label', async ({ write, message }) => {
    const good = await validFile()
    const target = setup()
    fillProgress(target.env.services)
    await target.env.services.startupBackup
    const backups = target.env.services.data.backups.list().length
    const path = join(target.env.dataDir, 'bad.json')
    write(good, path)
    const before = target.env.fingerprint()
    target.dialogs.openPath = path
    const result = await target.env.dispatch('previewImport', {})
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_file', message: expect.stringMatching(message) },
    })
    expect(target.env.fingerprint()).toBe(before)
    expect(target.env.services.data.backups.list()).toHaveLength(backups)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
