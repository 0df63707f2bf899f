import { readFileSync, statSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFakeDialogs, FAKE_PDF, fileIn, type FakeDialogs } from '../../../test/support/fake-dialogs'
import { tempServices } from '../../../test/support/temp-services'
import type { Summary } from '../../shared/takeaway'

let env: ReturnType<typeof tempServices>
let dialogs: FakeDialogs
beforeEach(() => {
  dialogs = createFakeDialogs()
  env = tempServices({ dialogs, now: () => new Date('2026-12-03T15:30:00Z') })
})
afterEach(() => env.dispose())

const ZONE = { timeZone: 'Asia/Seoul' }
const wrongAnswer = (submissionId: string) =>
  env.dispatch('submitAnswer', {
    courseId: 'mini',
    questionId: 'q-first-single',
    answer: { type: 'single', optionId: 'b' },
    submissionId,
  })

describe('exportNotes', () => {
  it('writes every note and bookmark to the file the learner chose, readable by them only', async () => {
    await env.dispatch('saveNote', {
      courseId: 'mini',
      chapterId: 'first',
      sectionId: 'intro',
      text: '앱 *아래* OS',
      bookmarked: false,
    })
    await env.dispatch('saveNote', {
      courseId: 'mini',
      chapterId: 'second',
      sectionId: 'start',
      text: '',
      bookmarked: true,
    })
    dialogs.savePath = fileIn(env.dataDir, 'notes.md')

    const result = await env.dispatch('exportNotes', { courseId: 'mini', ...ZONE })

    expect(result).toEqual({ ok: true, value: { cancelled: false, path: dialogs.savePath, notes: 1, bookmarks: 1 } })
    // The day is the learner's: 15:30 UTC is already the 4th in Seoul.
    expect(dialogs.asked).toEqual(['save:another-class-notes-mini-2026-12-04.md'])
    const text = readFileSync(dialogs.savePath, 'utf8')
    expect(text).toContain('내보낸 날: 2026-12-04')
    expect(text).toContain(
      '### 들어가며\n\n> 서버 위에 운영체제가 있고, 그 위에서 앱이 돌아갑니다.\n\n앱 \\*아래\\* OS',
    )
    expect(text).toContain('## 두 번째 장\n\n### 북마크\n\n- 시작')
    expect(statSync(dialogs.savePath).mode & 0o777).toBe(0o600)
  })

  it('writes nothing when the learner cancels', async () => {
    expect(await env.dispatch('exportNotes', { courseId: 'mini', ...ZONE })).toEqual({
      ok: true,
      value: { cancelled: true },
    })
  })
})

describe('getSummary', () => {
  it('lists a missed question until it is answered right, in review too', async () => {
    await wrongAnswer('00000000-0000-4000-8000-000000000001')
    const missedIds = async () => {
      const result = await env.dispatch('getSummary', { courseId: 'mini', chapterId: 'first' })
      if (!result.ok) throw new Error(result.error.message)
      return (result.value as Summary).chapters.flatMap((c) => c.sections.flatMap((s) => s.missed.map((q) => q.id)))
    }
    expect(await missedIds()).toEqual(['q-first-single'])
    await env.dispatch('submitReview', {
      courseId: 'mini',
      questionId: 'q-first-single',
      answer: { type: 'single', optionId: 'a' },
      ...ZONE,
    })
    expect(await missedIds()).toEqual([])
  })

  it('refuses a chapter the course does not have', async () => {
    const result = await env.dispatch('getSummary', { courseId: 'mini', chapterId: 'nope' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('saveSummaryPdf', () => {
  it('prints the page to the file the learner chose', async () => {
    dialogs.savePath = fileIn(env.dataDir, 'summary.pdf')
    const result = await env.dispatch('saveSummaryPdf', { courseId: 'mini', chapterId: 'second', ...ZONE })
    expect(result).toEqual({ ok: true, value: { cancelled: false, path: dialogs.savePath } })
    expect(dialogs.asked).toEqual(['save:another-class-summary-mini-second-2026-12-04.pdf', 'print'])
    expect(readFileSync(dialogs.savePath, 'utf8')).toBe(FAKE_PDF)
    expect(statSync(dialogs.savePath).mode & 0o777).toBe(0o600)
  })

  it('prints nothing when the learner cancels, or for a chapter the course does not have', async () => {
    expect(await env.dispatch('saveSummaryPdf', { courseId: 'mini', ...ZONE })).toEqual({
      ok: true,
      value: { cancelled: true },
    })
    const unknown = await env.dispatch('saveSummaryPdf', { courseId: 'mini', chapterId: 'nope', ...ZONE })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(dialogs.asked).toEqual(['save:another-class-summary-mini-2026-12-04.pdf'])
  })
})
