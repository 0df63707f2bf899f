import { afterEach, describe, expect, it } from 'vitest'
import { MINI_PACK, tempServices } from '../../test/support/temp-services'
import { createServices } from './services'

let env: ReturnType<typeof tempServices> | null = null
afterEach(() => env?.dispose())

describe('services across a restart', () => {
  it('remembers read marks, the reading position and answers on the same database file', () => {
    env = tempServices()
    const { services, dataDir } = env
    services.progress.markSectionRead('mini', 'first', 'intro')
    services.progress.savePosition('mini', 'first', 'body', 240)
    const wrong = services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'b' })
    expect(wrong.grade.correct).toBe(false)
    services.close()

    const again = createServices({ dataDir, packDirs: [MINI_PACK] })
    const progress = again.progress.courseProgress('mini')
    expect(progress.resume).toEqual({ chapterId: 'first', sectionId: 'body', scrollOffset: 240 })
    expect(progress.chapters[0]).toMatchObject({ chapterId: 'first', status: 'in-progress', sectionsRead: ['intro'] })
    expect(progress.chapters[1]).toMatchObject({ chapterId: 'second', status: 'not-started', percent: 0 })
    again.close()
  })

  it('completes a chapter once every section is read and the check passes', () => {
    env = tempServices()
    const { progress } = env.services
    for (const s of ['intro', 'body', 'summary']) progress.markSectionRead('mini', 'first', s)
    expect(progress.courseProgress('mini').chapters[0]?.status).toBe('in-progress')
    progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'a' })
    const done = progress.submitAnswer('mini', 'q-first-order', { type: 'ordering', order: ['servers', 'os', 'app'] })
    expect(done.chapter).toMatchObject({ status: 'complete', percent: 100 })
  })

  it('keeps settings, and falls back to defaults for what it cannot read', () => {
    env = tempServices()
    const { settings } = env.services
    const off = { glossaryReview: false }
    expect(settings.get()).toEqual({ theme: 'system', locale: 'ko', fontScale: 1, ...off })
    expect(settings.update({ theme: 'dark' })).toMatchObject({ theme: 'dark', locale: 'ko' })
    expect(settings.update({ locale: 'en' })).toEqual({ theme: 'dark', locale: 'en', fontScale: 1, ...off })
    env.db.prepare(`UPDATE settings SET value_json = '{"theme":"purple","locale":"en"}'`).run()
    expect(settings.get()).toEqual({ theme: 'system', locale: 'en', fontScale: 1, ...off })
  })

  it('reports a broken pack as a notice and still serves the good one', () => {
    env = tempServices({ packDirs: [MINI_PACK, `${MINI_PACK}/../broken-no-manifest`] })
    expect(env.services.library.packs.map((p) => p.outline.id)).toEqual(['mini'])
    expect(env.services.notices).toEqual([expect.objectContaining({ kind: 'pack-broken' })])
  })
})

describe('chapter state', () => {
  it('restores diagram steps, half-finished answers and graded results after a restart', () => {
    env = tempServices()
    const { services, dataDir } = env
    const diagramId = [...services.library.packs[0]!.diagrams.keys()][0]!
    services.chapterState.saveDiagramStep('mini', diagramId, 1)
    services.chapterState.saveDraft('mini', 'q-first-order', { type: 'ordering', order: ['os', 'servers', 'app'] })
    services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'b' })
    services.chapterState.recordStudyTime('mini', 'first', 90)
    services.close()

    const again = createServices({ dataDir, packDirs: [MINI_PACK] })
    const state = again.chapterState.get('mini', 'first')
    expect(state.diagramSteps).toEqual({ [diagramId]: 1 })
    expect(state.position).toBeNull()
    expect(again.chapterState.get('mini', 'second').position).toBeNull()
    expect(state.drafts).toEqual({ 'q-first-order': { type: 'ordering', order: ['os', 'servers', 'app'] } })
    expect(state.results['q-first-single']).toMatchObject({ answer: { optionId: 'b' }, grade: { correct: false } })
    expect(again.progress.courseProgress('mini').studiedSeconds).toBe(90)
    again.close()
  })

  it('clears the draft once the question is answered', () => {
    env = tempServices()
    const { chapterState, progress } = env.services
    chapterState.saveDraft('mini', 'q-first-single', { type: 'single', optionId: 'a' })
    progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'a' })
    expect(chapterState.get('mini', 'first').drafts).toEqual({})
  })

  it('records one attempt per submission, however often it arrives', () => {
    env = tempServices()
    const { services, db } = env
    const { progress } = services
    const wrong = { type: 'single', optionId: 'b' } as const
    const first = progress.submitAnswer('mini', 'q-first-single', wrong, 'submission-1')
    for (let i = 0; i < 4; i++) {
      expect(progress.submitAnswer('mini', 'q-first-single', wrong, 'submission-1')).toEqual(first)
    }
    const attempts = () => (db.prepare('SELECT count(*) AS n FROM checkpoint_attempts').get() as { n: number }).n
    expect(attempts()).toBe(1)
    // A new submission of the same answer (after "다시 풀기") is a new attempt.
    progress.submitAnswer('mini', 'q-first-single', wrong, 'submission-2')
    expect(attempts()).toBe(2)
  })

  it('refuses a draft of the wrong type for its question', () => {
    env = tempServices()
    expect(() =>
      env?.services.chapterState.saveDraft('mini', 'q-first-single', { type: 'truefalse', value: true }),
    ).toThrow(/does not fit/)
  })

  it('reset forgets every kind of progress in the course but keeps settings', () => {
    env = tempServices()
    const { services } = env
    services.settings.update({ theme: 'dark' })
    services.progress.markSectionRead('mini', 'first', 'intro')
    services.progress.savePosition('mini', 'first', 'intro', 10)
    services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'a' })
    services.chapterState.saveDraft('mini', 'q-first-order', { type: 'ordering', order: ['os', 'servers', 'app'] })
    services.chapterState.recordStudyTime('mini', 'first', 30)
    services.progress.resetCourse('mini')
    const progress = services.progress.courseProgress('mini')
    expect(progress).toMatchObject({ percent: 0, resume: null, studiedSeconds: 0 })
    expect(progress.chapters.every((c) => c.status === 'not-started')).toBe(true)
    expect(services.chapterState.get('mini', 'first')).toEqual({
      diagramSteps: {},
      drafts: {},
      results: {},
      questions: {},
      position: null,
    })
    expect(services.settings.get().theme).toBe('dark')
  })
})
