import { describe, expect, it } from 'vitest'
import type { CourseOutline } from '../../shared/course/schema'
import type { ChapterProgress, ChapterStatus } from '../../shared/progress'
import { courseEnd } from './course-end'

const chapter = (id: string) => ({ id, title: id, minutes: 1, objectives: [], sections: [], questionIds: [] })
const outline = (finalCheck: string[]): CourseOutline => ({
  id: 'c',
  title: 'c',
  version: '1.0.0',
  language: 'ko',
  mastery: 0.8,
  chapters: ['one', 'two', 'three'].map(chapter),
  finalCheck,
})
const progress = (...statuses: ChapterStatus[]) =>
  new Map(
    ['one', 'two', 'three'].map((id, i) => [id, { chapterId: id, status: statuses[i] } as ChapterProgress] as const),
  )

describe('courseEnd', () => {
  it('lists what is left and keeps the final check closed until every chapter is opened', () => {
    const end = courseEnd(outline(['q']), progress('complete', 'not-started', 'in-progress'), 'three')
    expect(end.complete).toBe(false)
    expect(end.unfinished.map((u) => [u.chapter.id, u.status])).toEqual([
      ['two', 'not-started'],
      ['three', 'in-progress'],
    ])
    expect(end.finalCheckOpen).toBe(false)
  })

  it('opens the final check once every chapter is opened, counting the one on screen', () => {
    expect(courseEnd(outline(['q']), progress('complete', 'in-progress', 'not-started'), 'three').finalCheckOpen).toBe(
      true,
    )
    expect(courseEnd(outline(['q']), progress('complete', 'in-progress', 'not-started')).finalCheckOpen).toBe(false)
  })

  it('says the course is complete, and offers no final check a pack does not have', () => {
    const end = courseEnd(outline([]), progress('complete', 'complete', 'complete'))
    expect(end).toEqual({ complete: true, unfinished: [], finalCheckOpen: false })
  })
})
