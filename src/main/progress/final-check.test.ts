import { afterEach, describe, expect, it } from 'vitest'
import { tempServices } from '../../../test/support/temp-services'

let env: ReturnType<typeof tempServices> | null = null
afterEach(() => env?.dispose())

describe('the final check', () => {
  it('lists its questions with the section that teaches each', () => {
    env = tempServices()
    const check = env.services.chapterState.finalCheck('mini')
    expect(check.items.map((i) => [i.question.id, i.chapterId, i.sectionId, i.sectionTitle])).toEqual([
      ['q-final-multiple', 'first', 'body', '본문'],
      ['q-final-tf', 'second', 'start', '시작'],
    ])
    expect(check).toMatchObject({ drafts: {}, results: {} })
  })

  it('records attempts for the chapter that teaches them: stats and review count them, completion does not', () => {
    env = tempServices()
    const { services } = env
    const before = services.progress.courseProgress('mini').chapters[1]
    const { grade, chapter } = services.progress.submitAnswer('mini', 'q-final-tf', { type: 'truefalse', value: true })
    expect(grade.correct).toBe(false)
    expect(chapter).toEqual(before)
    services.progress.submitAnswer('mini', 'q-final-multiple', { type: 'multiple', optionIds: ['os', 'app'] })
    expect(services.progress.courseProgress('mini').chapters.map((c) => c.status)).toEqual([
      'not-started',
      'not-started',
    ])

    const stats = services.stats.studyStats('mini', 'UTC')
    expect(stats.chapters).toEqual([
      { chapterId: 'first', answered: 1, correct: 1 },
      { chapterId: 'second', answered: 1, correct: 0 },
    ])
    const [due] = services.review.queue('mini', 'UTC').due
    expect(due).toMatchObject({ chapterId: 'second', sectionId: 'start', question: { id: 'q-final-tf' } })

    const check = services.chapterState.finalCheck('mini')
    expect(Object.keys(check.results)).toEqual(['q-final-multiple', 'q-final-tf'])
    expect(check.results['q-final-tf']?.grade.correct).toBe(false)
  })
})
