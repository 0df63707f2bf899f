import { afterEach, describe, expect, it } from 'vitest'
import type { PublicQuestion } from '../../shared/course/schema'
import { tempServices } from '../../../test/support/temp-services'

let env: ReturnType<typeof tempServices> | null = null
afterEach(() => env?.dispose())

const optionIds = (q: PublicQuestion | undefined) => (q?.type === 'single' ? q.options.map((o) => o.id) : [])
const firstOrder = (services: ReturnType<typeof tempServices>['services']) =>
  optionIds(services.lookup.content('mini', 'first').questions.find((q) => q.id === 'q-first-single'))

describe('questions as the learner is shown them', () => {
  it('keeps the order while a draft is half done, and reshuffles for the retry after an answer', () => {
    env = tempServices()
    const { services } = env
    const before = firstOrder(services)
    services.chapterState.saveDraft('mini', 'q-first-single', { type: 'single', optionId: 'b' })
    expect(services.chapterState.get('mini', 'first').questions).toEqual({})

    const { next } = services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'b' })
    expect(optionIds(next)).not.toEqual(before)
    expect([...optionIds(next)].sort()).toEqual(['a', 'b'])
    // Coming back later shows the same order as the retry right after the answer.
    expect(services.chapterState.get('mini', 'first').questions).toEqual({ 'q-first-single': next })
  })

  it('gives a review a fresh order, and grading stays by option id', () => {
    env = tempServices()
    const { services } = env
    const { next } = services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'b' })
    const [item] = services.review.queue('mini', 'UTC').due
    expect(item?.question).toEqual(next)
    const reviewed = services.review.submit('mini', 'q-first-single', { type: 'single', optionId: 'a' }, 'UTC')
    expect(reviewed).toMatchObject({ rescheduled: true, grade: { correct: true } })
    const after = services.chapterState.get('mini', 'first').questions['q-first-single']
    expect(optionIds(after)).not.toEqual(optionIds(next))
  })
})
