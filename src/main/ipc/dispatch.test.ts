import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createFakeDialogs } from '../../../test/support/fake-dialogs'
import { tempServices } from '../../../test/support/temp-services'
import { contract, methods, type Method } from '../../shared/ipc/contract'

const dialogs = createFakeDialogs()
const env = tempServices({ dialogs })
afterAll(() => env.dispose())
dialogs.savePath = dialogs.openPath = join(env.dataDir, 'export.json')

const DIAGRAM = [...env.services.library.packs[0]!.diagrams.keys()][0]!

/** A valid call per method; every malformed variant below is derived from these. */
const valid: { [M in Method]: Record<string, unknown> } = {
  getStartup: { chapterId: 'first' },
  getCatalog: {},
  getOutline: { courseId: 'mini' },
  getChapter: { courseId: 'mini', chapterId: 'first' },
  getProgress: { courseId: 'mini' },
  markSectionRead: { courseId: 'mini', chapterId: 'first', sectionId: 'intro' },
  savePosition: { courseId: 'mini', chapterId: 'first', sectionId: 'body', scrollOffset: 120 },
  getChapterState: { courseId: 'mini', chapterId: 'first' },
  saveDiagramStep: { courseId: 'mini', diagramId: DIAGRAM, step: 1 },
  saveDraft: {
    courseId: 'mini',
    questionId: 'q-first-order',
    draft: { type: 'ordering', order: ['os', 'app', 'servers'] },
  },
  recordStudyTime: { courseId: 'mini', chapterId: 'first', seconds: 60 },
  resetProgress: { courseId: 'mini', confirm: 'reset' },
  getFinalCheck: { courseId: 'mini' },
  submitAnswer: {
    courseId: 'mini',
    questionId: 'q-first-single',
    answer: { type: 'single', optionId: 'a' },
    submissionId: 'sub-0001',
  },
  getSettings: {},
  updateSettings: { theme: 'dark', fontScale: 1.2 },
  getNotices: {},
  search: { courseId: 'mini', query: '운영체제' },
  // Spaced review, notes and study stats.
  getReviewQueue: { courseId: 'mini', timeZone: 'Asia/Seoul' },
  submitReview: {
    courseId: 'mini',
    questionId: 'q-first-single',
    answer: { type: 'single', optionId: 'b' },
    timeZone: 'UTC',
  },
  getGlossary: { courseId: 'mini' },
  getTermReviewQueue: { courseId: 'mini', timeZone: 'Asia/Seoul' },
  rateTerm: { courseId: 'mini', termId: 'iaas', rating: 'unsure', timeZone: 'UTC' },
  listNotes: { courseId: 'mini' },
  saveNote: { courseId: 'mini', chapterId: 'first', sectionId: 'intro', text: '운영체제 위에 앱', bookmarked: true },
  deleteNote: { courseId: 'mini', chapterId: 'first', sectionId: 'intro' },
  listNoteDrafts: { courseId: 'mini' },
  saveNoteDraft: { courseId: 'mini', chapterId: 'first', sectionId: 'intro', text: '쓰다 만 메모' },
  getStudyStats: { courseId: 'mini', timeZone: 'America/Los_Angeles' },
  // Data safety; applyImport's token comes from a preview made just before (see `prepare`).
  exportProgress: { courseId: 'mini' },
  previewImport: {},
  applyImport: { token: '0'.repeat(32), mode: 'merge' },
  checkData: {},
  openExternalLink: { url: 'https://kubernetes.io/ko/docs/' },
  listBackups: { courseId: 'mini' },
  restoreBackup: { name: 'progress-20261129T102030Z-daily.sqlite' },
  openDataFolder: {},
  exportNotes: { courseId: 'mini', timeZone: 'Asia/Seoul' },
  getSummary: { courseId: 'mini', chapterId: 'first' },
  saveSummaryPdf: { courseId: 'mini', timeZone: 'Asia/Seoul' },
}

/** Calls a valid call depends on, made right before it. */
const prepare: Partial<Record<Method, () => Promise<void>>> = {
  // A glossary card exists once the learner opted in and opened the chapter that teaches the term.
  rateTerm: async () => {
    await env.dispatch('updateSettings', { glossaryReview: true })
    await env.dispatch('savePosition', { courseId: 'mini', chapterId: 'first', sectionId: 'intro', scrollOffset: 0 })
    await env.dispatch('getTermReviewQueue', { courseId: 'mini', timeZone: 'UTC' })
  },
  applyImport: async () => {
    await env.dispatch('exportProgress', { courseId: 'mini' })
    const preview = await env.dispatch('previewImport', {})
    if (preview.ok) valid.applyImport['token'] = (preview.value as { token: string }).token
  },
  restoreBackup: async () => {
    valid.restoreBackup['name'] = (await env.services.data.backups.backupNow('daily')).file
  },
}

const HUGE = 'ㄱ'.repeat(200_000)

/** Wrong types, missing fields, huge strings and extra keys, each kept only if the schema must refuse it. */
function malformed(method: Method): { label: string; payload: unknown }[] {
  const base = valid[method]
  const variants: { label: string; payload: unknown }[] = [
    { label: 'a number instead of an object', payload: 42 },
    { label: 'null', payload: null },
    { label: 'an array', payload: [base] },
    { label: 'an extra huge string field', payload: { ...base, extra: HUGE } },
    { label: 'a prototype-pollution key', payload: JSON.parse(`{"__proto__": {"polluted": true}, "constructor": 1}`) },
  ]
  for (const key of Object.keys(base)) {
    const { [key]: _dropped, ...rest } = base
    variants.push({ label: `missing ${key}`, payload: rest })
    variants.push({
      label: `${key} of the wrong type`,
      payload: { ...base, [key]: typeof base[key] === 'number' ? 'ten' : 7 },
    })
    variants.push({ label: `${key} as a huge string`, payload: { ...base, [key]: HUGE } })
  }
  return variants.filter((v) => !contract[method].input.safeParse(v.payload).success)
}

describe('the IPC contract', () => {
  it.each(methods)('accepts a valid %s call', async (method) => {
    await prepare[method]?.()
    const result = await env.dispatch(method, valid[method])
    expect(result).toMatchObject({ ok: true })
  })

  it.each(methods)('refuses every malformed %s payload with a typed error and changes nothing', async (method) => {
    const variants = malformed(method)
    expect(variants.length).toBeGreaterThanOrEqual(5)
    const before = env.fingerprint()
    for (const { label, payload } of variants) {
      const result = await env.dispatch(method, payload)
      expect(result, label).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(env.fingerprint()).toBe(before)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('changes only the settings a patch names', async () => {
    await env.dispatch('updateSettings', { theme: 'dark', locale: 'ko' })
    const result = await env.dispatch('updateSettings', { locale: 'en' })
    expect(result).toMatchObject({ ok: true, value: { theme: 'dark', locale: 'en' } })
  })

  it('names the unknown method instead of running anything', async () => {
    expect(await env.dispatch('deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    expect(await env.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })

  it.each([
    ['markSectionRead', { courseId: 'mini', chapterId: 'first', sectionId: 'nope' }],
    ['markSectionRead', { courseId: 'mini', chapterId: 'nope', sectionId: 'intro' }],
    ['savePosition', { courseId: 'nope', chapterId: 'first', sectionId: 'intro', scrollOffset: 0 }],
    [
      'submitAnswer',
      { courseId: 'mini', questionId: 'nope', answer: { type: 'single', optionId: 'a' }, submissionId: 'sub-0002' },
    ],
    ['getChapter', { courseId: 'mini', chapterId: 'nope' }],
  ] as const)(
    'answers %s for ids the pack does not have with not_found and changes nothing',
    async (method, payload) => {
      const before = env.fingerprint()
      expect(await env.dispatch(method, payload)).toMatchObject({ ok: false, error: { code: 'not_found' } })
      expect(env.fingerprint()).toBe(before)
    },
  )

  it('refuses an answer of the wrong shape for its question and records nothing', async () => {
    const before = env.fingerprint()
    const result = await env.dispatch('submitAnswer', {
      courseId: 'mini',
      questionId: 'q-first-single',
      answer: { type: 'ordering', order: ['a'] },
      submissionId: 'sub-0003',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(env.fingerprint()).toBe(before)
  })
})
