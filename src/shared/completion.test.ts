import { describe, expect, it } from 'vitest'
import { coursePercent, summarizeChapter, type ChapterFacts } from './completion'

const facts = (over: Partial<ChapterFacts> = {}): ChapterFacts => ({
  chapterId: 'ch',
  sectionIds: ['a', 'b', 'c'],
  questionIds: ['q1', 'q2', 'q3', 'q4', 'q5'],
  readSectionIds: new Set(),
  correctQuestionIds: new Set(),
  touched: false,
  mastery: 0.8,
  ...over,
})

describe('the completion rule', () => {
  it('starts as not started at 0%', () => {
    expect(summarizeChapter(facts())).toMatchObject({ status: 'not-started', percent: 0, checkPassed: false })
  })

  it('is in progress as soon as the learner opened the chapter', () => {
    expect(summarizeChapter(facts({ touched: true })).status).toBe('in-progress')
  })

  it('is not complete with every section read but the check below the mastery threshold', () => {
    const s = summarizeChapter(
      facts({ readSectionIds: new Set(['a', 'b', 'c']), correctQuestionIds: new Set(['q1', 'q2', 'q3']) }),
    )
    expect(s.status).toBe('in-progress')
    expect(s.missing).toEqual({ sections: [], correctAnswersNeeded: 1 })
    expect(s.percent).toBe(75)
  })

  it('is not complete with the check passed but a section unread', () => {
    const s = summarizeChapter(
      facts({ readSectionIds: new Set(['a', 'c']), correctQuestionIds: new Set(['q1', 'q2', 'q3', 'q4']) }),
    )
    expect(s.status).toBe('in-progress')
    expect(s.missing.sections).toEqual(['b'])
  })

  it('is complete at exactly the mastery threshold with every section read', () => {
    const s = summarizeChapter(
      facts({ readSectionIds: new Set(['a', 'b', 'c']), correctQuestionIds: new Set(['q1', 'q2', 'q3', 'q4']) }),
    )
    expect(s).toMatchObject({ status: 'complete', percent: 100, checkPassed: true, checkCorrect: 4 })
  })

  it('ignores read marks and answers for ids no longer in the pack', () => {
    const s = summarizeChapter(
      facts({ readSectionIds: new Set(['old-1', 'old-2', 'old-3']), correctQuestionIds: new Set(['old-q']) }),
    )
    expect(s).toMatchObject({ sectionsRead: [], checkCorrect: 0 })
  })

  it('averages chapters for the course percent', () => {
    const done = summarizeChapter(
      facts({ readSectionIds: new Set(['a', 'b', 'c']), correctQuestionIds: new Set(['q1', 'q2', 'q3', 'q4']) }),
    )
    expect(coursePercent([done, summarizeChapter(facts())])).toBe(50)
    expect(coursePercent([])).toBe(0)
  })
})
