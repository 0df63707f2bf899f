import { coursePercent, summarizeChapter } from '../../shared/completion'
import { gradeAnswer, GradeError } from '../../shared/course/grade'
import type { Answer, GradeResult, PublicQuestion } from '../../shared/course/schema'
import { AppError } from '../../shared/ipc/errors'
import type { ChapterProgress, CourseProgress, ResumePoint } from '../../shared/progress'
import type { ProgressRepo } from '../db/progress-repo'
import type { ChapterStateRepo } from '../db/chapter-state-repo'
import type { CourseLookup } from '../course/course-lookup'
import type { ShownQuestions } from './shown-questions'

/** Turns the stored events into the summaries the learner sees, and records new events. */
export function createProgressService(deps: {
  repo: ProgressRepo
  chapterStates: ChapterStateRepo
  lookup: CourseLookup
  shown: ShownQuestions
  now: () => Date
  /** Told about every wrong checkpoint answer (it becomes a review card). */
  onMissed?: (courseId: string, questionId: string, chapterId: string, answerJson: string, at: number) => void
}) {
  const { repo, chapterStates, lookup, now } = deps
  const packOf = lookup.pack
  /**
   * The grade of each recent submission, by course, question and submission id: a submission
   * seen again (a double click, a call sent twice) gets its recorded result back and is not
   * recorded a second time. Submission ids come from one renderer session, so the newest few
   * hundred in memory are enough.
   */
  const submitted = new Map<string, GradeResult>()
  const REMEMBERED_SUBMISSIONS = 500

  function summarize(courseId: string): ChapterProgress[] {
    const outline = packOf(courseId).outline
    const reads = repo.readSections(courseId)
    const latest = repo.latestAttempts(courseId)
    const positioned = new Set(repo.positions(courseId).map((p) => p.chapterId))
    const correct = new Set([...latest].filter(([, ok]) => ok).map(([id]) => id))
    return outline.chapters.map((chapter) => {
      const readSectionIds = new Set(reads.filter((r) => r.chapterId === chapter.id).map((r) => r.sectionId))
      return summarizeChapter({
        chapterId: chapter.id,
        sectionIds: chapter.sections.map((s) => s.id),
        questionIds: chapter.questionIds,
        readSectionIds,
        correctQuestionIds: correct,
        touched: positioned.has(chapter.id) || chapter.questionIds.some((id) => latest.has(id)),
        mastery: outline.mastery,
      })
    })
  }

  function chapterProgress(courseId: string, chapterId: string): ChapterProgress {
    const found = summarize(courseId).find((c) => c.chapterId === chapterId)
    if (!found) throw new AppError('not_found', `No chapter "${chapterId}" in course "${courseId}"`)
    return found
  }

  /** The latest reading position that still points at a chapter and section of the pack. */
  function resumePoint(courseId: string): ResumePoint | null {
    const outline = packOf(courseId).outline
    for (const p of repo.positions(courseId)) {
      const chapter = outline.chapters.find((c) => c.id === p.chapterId)
      if (chapter?.sections.some((s) => s.id === p.sectionId)) {
        return { chapterId: p.chapterId, sectionId: p.sectionId, scrollOffset: p.scrollOffset }
      }
    }
    return null
  }

  return {
    courseProgress(courseId: string): CourseProgress {
      const chapters = summarize(courseId)
      return {
        courseId,
        percent: coursePercent(chapters),
        chapters,
        resume: resumePoint(courseId),
        studiedSeconds: chapterStates.studiedSeconds(courseId),
      }
    },

    markSectionRead(courseId: string, chapterId: string, sectionId: string): ChapterProgress {
      lookup.section(courseId, chapterId, sectionId)
      repo.markSectionRead(courseId, chapterId, sectionId, now().getTime())
      return chapterProgress(courseId, chapterId)
    },

    savePosition(courseId: string, chapterId: string, sectionId: string, scrollOffset: number): void {
      lookup.section(courseId, chapterId, sectionId)
      repo.savePosition({ courseId, chapterId, sectionId, scrollOffset, updatedAt: now().getTime() })
    },

    submitAnswer(
      courseId: string,
      questionId: string,
      answer: Answer,
      submissionId?: string,
    ): { grade: GradeResult; chapter: ChapterProgress; next: PublicQuestion } {
      const question = lookup.question(courseId, questionId)
      const key = submissionId === undefined ? null : JSON.stringify([courseId, questionId, submissionId])
      const already = key === null ? undefined : submitted.get(key)
      if (already) {
        return {
          grade: already,
          chapter: chapterProgress(courseId, question.chapterId),
          next: deps.shown.question(courseId, questionId),
        }
      }
      let grade: GradeResult
      try {
        grade = gradeAnswer(question, answer)
      } catch (err) {
        if (err instanceof GradeError) throw new AppError('invalid_input', err.message)
        throw err
      }
      const answeredAt = now().getTime()
      repo.recordAttempt({
        courseId,
        chapterId: question.chapterId,
        questionId,
        answerJson: JSON.stringify(answer),
        correct: grade.correct,
        answeredAt,
      })
      if (!grade.correct) deps.onMissed?.(courseId, questionId, question.chapterId, JSON.stringify(answer), answeredAt)
      chapterStates.saveDraft(courseId, questionId, null, now().getTime())
      if (key !== null) {
        submitted.set(key, grade)
        if (submitted.size > REMEMBERED_SUBMISSIONS) submitted.delete(submitted.keys().next().value as string)
      }
      return {
        grade,
        chapter: chapterProgress(courseId, question.chapterId),
        next: deps.shown.question(courseId, questionId),
      }
    },
    /** Forgets all progress in the course; settings and notes stay. Take a safety backup first. */
    resetCourse(courseId: string): void {
      packOf(courseId)
      repo.forgetCourse(courseId)
    },
  }
}

export type ProgressService = ReturnType<typeof createProgressService>
