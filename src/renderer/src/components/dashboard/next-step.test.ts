import { describe, expect, it } from 'vitest'
import type { CourseOutline } from '../../../../shared/course/schema'
import type { ChapterProgress, ChapterStatus } from '../../../../shared/progress'
import { nextStep } from './next-step'

const chapter = (id: string) => ({ id, title: id, minutes: 10, objectives: [], sections: [], questionIds: [] })
const outline: CourseOutline = {
  id: 'c',
  title: 'C',
  version: '1',
  language: 'ko',
  mastery: 0.8,
  chapters: [chapter('a'), chapter('b')],
  finalCheck: ['q-final'],
}
const progress = (...statuses: ChapterStatus[]) =>
  new Map(
    statuses.map((status, i) => {
      const id = outline.chapters[i]?.id ?? ''
      const row: ChapterProgress = {
        chapterId: id,
        status,
        sectionsRead: [],
        sectionsTotal: 0,
        checkTotal: 0,
        checkCorrect: 0,
        checkPassed: status === 'complete',
        percent: status === 'complete' ? 100 : 0,
        missing: { sections: [], correctAnswersNeeded: 0 },
      }
      return [id, row]
    }),
  )

describe('nextStep', () => {
  it('invites a first-time learner to start', () => {
    expect(nextStep(outline, new Map(), { reviewDue: 0, resumed: false })).toBe('start')
  })

  it('continues once a chapter is under way', () => {
    expect(nextStep(outline, progress('in-progress'), { reviewDue: 0, resumed: false })).toBe('continue')
    expect(nextStep(outline, new Map(), { reviewDue: 0, resumed: true })).toBe('continue')
  })

  it('puts due review before reading on', () => {
    expect(nextStep(outline, progress('in-progress'), { reviewDue: 2, resumed: true })).toBe('review')
  })

  it('offers the final check when every chapter is complete', () => {
    expect(nextStep(outline, progress('complete', 'complete'), { reviewDue: 0, resumed: true })).toBe('final-check')
    expect(nextStep(outline, progress('complete', 'in-progress'), { reviewDue: 0, resumed: true })).toBe('continue')
    expect(
      nextStep({ ...outline, finalCheck: [] }, progress('complete', 'complete'), { reviewDue: 0, resumed: true }),
    ).toBe('continue')
  })
})
