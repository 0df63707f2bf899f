import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from './migrate'
import { createProgressRepo } from './progress-repo'

function repo() {
  const db = new Database(':memory:')
  migrate(db)
  return { db, repo: createProgressRepo(db) }
}

describe('progress repo', () => {
  it('keeps the first read time when a section is marked twice', () => {
    const { repo: r } = repo()
    r.markSectionRead('c', 'ch', 's', 100)
    r.markSectionRead('c', 'ch', 's', 200)
    expect(r.readSections('c')).toEqual([{ chapterId: 'ch', sectionId: 's' }])
  })

  it('keeps one position per chapter and lists the most recent first', () => {
    const { repo: r } = repo()
    r.savePosition({ courseId: 'c', chapterId: 'a', sectionId: 's1', scrollOffset: 10, updatedAt: 1 })
    r.savePosition({ courseId: 'c', chapterId: 'b', sectionId: 's2', scrollOffset: 20, updatedAt: 2 })
    r.savePosition({ courseId: 'c', chapterId: 'a', sectionId: 's3', scrollOffset: 30, updatedAt: 3 })
    expect(r.positions('c').map((p) => [p.chapterId, p.sectionId])).toEqual([
      ['a', 's3'],
      ['b', 's2'],
    ])
  })

  it('judges a question by its latest attempt, and attempts cannot be rewritten', () => {
    const { db, repo: r } = repo()
    const base = { courseId: 'c', chapterId: 'ch', answerJson: '{}', answeredAt: 1 }
    r.recordAttempt({ ...base, questionId: 'q1', correct: false })
    r.recordAttempt({ ...base, questionId: 'q1', correct: true })
    r.recordAttempt({ ...base, questionId: 'q2', correct: true })
    r.recordAttempt({ ...base, questionId: 'q2', correct: false })
    expect(Object.fromEntries(r.latestAttempts('c'))).toEqual({ q1: true, q2: false })
    expect(r.attemptCount('c')).toBe(4)
    expect(() => db.prepare(`UPDATE checkpoint_attempts SET correct = 1`).run()).toThrow(/append-only/)
  })
})
