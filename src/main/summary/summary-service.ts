import type { SavePdfResult, Summary } from '../../shared/takeaway'
import type { AnswerHistoryRepo } from '../db/answer-history-repo'
import type { DesktopDialogs } from '../desktop-dialogs'
import type { NotesService } from '../notes/notes-service'
import { writePrivateFileAtomically } from '../private-files'
import type { CourseLookup } from '../course/course-lookup'
import { localDay } from '../stats/local-day'
import { buildSummary } from './build-summary'
import { missedQuestions } from './missed-questions'

export interface SummaryDeps {
  notes: NotesService
  answers: AnswerHistoryRepo
  lookup: CourseLookup
  dialogs: DesktopDialogs
  now: () => Date
}

/** The printable summary ("나만의 한방정리") and its PDF. */
export function createSummaryService(deps: SummaryDeps) {
  const { lookup } = deps
  return {
    /** One chapter's summary, or the whole course's without `chapterId`. */
    summary(courseId: string, chapterId?: string): Summary {
      const pack = lookup.pack(courseId)
      if (chapterId) lookup.chapter(courseId, chapterId)
      const missed = missedQuestions(deps.answers.answers(courseId))
      return buildSummary(pack, deps.notes.list(courseId), missed, chapterId)
    },

    /**
     * Saves the page the app shows (the summary, laid out by its print stylesheet) as a PDF where
     * the learner chooses. The ids name the file; the page itself is what gets printed.
     */
    async savePdf(courseId: string, chapterId: string | undefined, timeZone: string): Promise<SavePdfResult> {
      lookup.pack(courseId)
      if (chapterId) lookup.chapter(courseId, chapterId)
      const day = localDay(deps.now().getTime(), timeZone)
      const name = ['another-class-summary', courseId, chapterId, day].filter(Boolean).join('-')
      const path = await deps.dialogs.chooseSavePath(`${name}.pdf`)
      if (!path) return { cancelled: true }
      writePrivateFileAtomically(path, await deps.dialogs.printToPdf())
      return { cancelled: false, path }
    },
  }
}

export type SummaryService = ReturnType<typeof createSummaryService>
