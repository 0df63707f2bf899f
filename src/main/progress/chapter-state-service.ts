import { gradeAnswer } from '../../shared/course/grade'
import { AnswerSchema, type Answer } from '../../shared/course/schema'
import { AppError } from '../../shared/ipc/errors'
import type { FinalCheck } from '../../shared/final-check'
import type { ChapterState } from '../../shared/progress'
import type { ProgressRepo } from '../db/progress-repo'
import type { ChapterStateRepo } from '../db/chapter-state-repo'
import type { CourseLookup } from '../course/course-lookup'
import type { ShownQuestions } from './shown-questions'

/** Parses stored JSON back into an answer; anything unreadable is treated as absent. */
function parseAnswer(json: string): Answer | null {
  try {
    const parsed = AnswerSchema.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** The state a chapter page restores, and the small writes that keep it. */
export function createChapterStateService(deps: {
  repo: ProgressRepo
  chapterStates: ChapterStateRepo
  lookup: CourseLookup
  shown: ShownQuestions
  now: () => Date
}) {
  const { repo, chapterStates, lookup, shown, now } = deps

  /** Half-finished answers and the latest results of some questions, regraded against today's pack. */
  function questionStates(courseId: string, questionIds: readonly string[]): Pick<ChapterState, 'drafts' | 'results'> {
    const pack = lookup.pack(courseId)
    const drafts = chapterStates.drafts(courseId)
    const latest = repo.latestAnswers(courseId)
    const state: Pick<ChapterState, 'drafts' | 'results'> = { drafts: {}, results: {} }
    for (const id of questionIds) {
      const draft = drafts.get(id)
      const parsedDraft = draft ? parseAnswer(draft) : null
      if (parsedDraft) state.drafts[id] = parsedDraft
      const attempt = latest.get(id)
      const answer = attempt ? parseAnswer(attempt.answerJson) : null
      const question = pack.questions.get(id)
      if (!answer || !question) continue
      // Regrade against the current pack, so feedback reflects today's explanations.
      try {
        state.results[id] = { answer, grade: gradeAnswer(question, answer) }
      } catch {
        // The question changed shape since that attempt: show it unanswered.
      }
    }
    return state
  }

  return {
    get(courseId: string, chapterId: string): ChapterState {
      const content = lookup.content(courseId, chapterId)
      const steps = chapterStates.diagramSteps(courseId)
      const saved = repo.positions(courseId).find((p) => p.chapterId === chapterId)
      const position =
        saved && content.sections.some((s) => s.id === saved.sectionId)
          ? { sectionId: saved.sectionId, scrollOffset: saved.scrollOffset }
          : null
      const questionIds = content.questions.map((q) => q.id)
      const state: ChapterState = {
        diagramSteps: {},
        ...questionStates(courseId, questionIds),
        questions: shown.movedOn(courseId, questionIds),
        position,
      }
      for (const diagram of content.diagrams) {
        const step = steps.get(diagram.id)
        if (step !== undefined) state.diagramSteps[diagram.id] = step
      }
      return state
    },

    /** The course's final check: its questions as the learner is shown them, where each is taught, drafts and results. */
    finalCheck(courseId: string): FinalCheck {
      const pack = lookup.pack(courseId)
      const ids = pack.outline.finalCheck
      const questions = shown.all(courseId, ids)
      const items = questions.flatMap((question) => {
        const chapterId = lookup.question(courseId, question.id).chapterId
        const chapter = pack.chapters.get(chapterId)
        const section = chapter?.sections.find((s) => s.id === question.section)
        return chapter && section
          ? [{ question, chapterId, chapterTitle: chapter.title, sectionId: section.id, sectionTitle: section.title }]
          : []
      })
      return { items, ...questionStates(courseId, ids) }
    },

    saveDiagramStep(courseId: string, diagramId: string, step: number): void {
      lookup.diagram(courseId, diagramId)
      chapterStates.saveDiagramStep(courseId, diagramId, step, now().getTime())
    },

    saveDraft(courseId: string, questionId: string, draft: Answer | null): void {
      const question = lookup.question(courseId, questionId)
      if (draft && draft.type !== question.type) {
        throw new AppError(
          'invalid_input',
          `A ${draft.type} answer does not fit ${question.type} question "${questionId}"`,
        )
      }
      chapterStates.saveDraft(courseId, questionId, draft ? JSON.stringify(draft) : null, now().getTime())
    },

    recordStudyTime(courseId: string, chapterId: string, seconds: number): void {
      lookup.chapter(courseId, chapterId)
      chapterStates.recordStudyTime(courseId, chapterId, seconds, now().getTime())
    },
  }
}

export type ChapterStateService = ReturnType<typeof createChapterStateService>
