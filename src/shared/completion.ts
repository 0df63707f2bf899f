import type { ChapterProgress } from './progress'

export const DEFAULT_MASTERY = 0.8

export interface ChapterFacts {
  chapterId: string
  sectionIds: readonly string[]
  questionIds: readonly string[]
  readSectionIds: ReadonlySet<string>
  /** Questions whose latest attempt was correct. */
  correctQuestionIds: ReadonlySet<string>
  /** Whether the learner has done anything at all (read, answered, or opened the chapter). */
  touched: boolean
  mastery: number
}

/**
 * The completion rule: a chapter is complete when every section is read and the share of its
 * end-of-chapter check answered correctly (latest attempt per question) reaches the mastery
 * threshold. Ids that are no longer in the pack are ignored, so content updates never count
 * stale history.
 */
export function summarizeChapter(facts: ChapterFacts): ChapterProgress {
  const sectionsRead = facts.sectionIds.filter((id) => facts.readSectionIds.has(id))
  const checkCorrect = facts.questionIds.filter((id) => facts.correctQuestionIds.has(id)).length
  const checkTotal = facts.questionIds.length
  const needed = Math.ceil(checkTotal * facts.mastery - 1e-9)
  const checkPassed = checkCorrect >= needed
  const missingSections = facts.sectionIds.filter((id) => !facts.readSectionIds.has(id))
  const complete = missingSections.length === 0 && checkPassed
  const units = facts.sectionIds.length + 1
  const done = sectionsRead.length + (checkPassed ? 1 : 0)
  const status = complete ? 'complete' : facts.touched || done > 0 || checkCorrect > 0 ? 'in-progress' : 'not-started'
  return {
    chapterId: facts.chapterId,
    status,
    sectionsRead,
    sectionsTotal: facts.sectionIds.length,
    checkTotal,
    checkCorrect,
    checkPassed,
    percent: complete ? 100 : Math.min(99, Math.floor((done / units) * 100)),
    missing: { sections: missingSections, correctAnswersNeeded: Math.max(0, needed - checkCorrect) },
  }
}

/** Course percent: the mean of chapter percents, so every chapter weighs the same. */
export function coursePercent(chapters: readonly ChapterProgress[]): number {
  if (chapters.length === 0) return 0
  return Math.floor(chapters.reduce((sum, c) => sum + c.percent, 0) / chapters.length)
}
