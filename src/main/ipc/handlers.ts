import type { Method, MethodOutput, MethodParams } from '../../shared/ipc/contract'
import { packFolderName } from '../course/course-library'
import { glossaryTerms } from '../glossary/glossary-terms'
import type { Services } from '../services'
import { firstScreen } from './first-screen'

export type Handlers = { [M in Method]: (input: MethodParams<M>) => MethodOutput<M> | Promise<MethodOutput<M>> }

/** One handler per contract method; inputs arrive already validated by the dispatcher. */
export function createHandlers(services: Services): Handlers {
  const pack = services.lookup.pack
  const saved = { saved: true as const }
  const handlers: Handlers = {
    getStartup: ({ chapterId }) => firstScreen(handlers, chapterId),
    getCatalog: () => ({
      courses: services.library.packs.map((p) => ({
        id: p.outline.id,
        title: p.outline.title,
        version: p.outline.version,
        language: p.outline.language,
      })),
      broken: services.library.broken.map((b) => ({ dir: packFolderName(b.dir), problems: b.problems })),
    }),
    getOutline: ({ courseId }) => pack(courseId).outline,
    getChapter: ({ courseId, chapterId }) => services.lookup.content(courseId, chapterId),
    getProgress: ({ courseId }) => services.progress.courseProgress(courseId),
    markSectionRead: ({ courseId, chapterId, sectionId }) =>
      services.progress.markSectionRead(courseId, chapterId, sectionId),
    savePosition: ({ courseId, chapterId, sectionId, scrollOffset }) => {
      services.progress.savePosition(courseId, chapterId, sectionId, scrollOffset)
      return saved
    },
    getChapterState: ({ courseId, chapterId }) => services.chapterState.get(courseId, chapterId),
    saveDiagramStep: ({ courseId, diagramId, step }) => {
      services.chapterState.saveDiagramStep(courseId, diagramId, step)
      return saved
    },
    saveDraft: ({ courseId, questionId, draft }) => {
      services.chapterState.saveDraft(courseId, questionId, draft)
      return saved
    },
    recordStudyTime: ({ courseId, chapterId, seconds }) => {
      services.chapterState.recordStudyTime(courseId, chapterId, seconds)
      return saved
    },
    resetProgress: async ({ courseId }) => {
      services.lookup.pack(courseId)
      await services.data.withSafetyBackup('reset', () => services.progress.resetCourse(courseId))
      return services.progress.courseProgress(courseId)
    },
    submitAnswer: ({ courseId, questionId, answer, submissionId }) =>
      services.progress.submitAnswer(courseId, questionId, answer, submissionId),
    getFinalCheck: ({ courseId }) => services.chapterState.finalCheck(courseId),
    getSettings: () => services.settings.get(),
    updateSettings: (patch) => services.settings.update(patch),
    getNotices: () => services.notices,
    search: ({ courseId, query, limit }) => services.search.find(courseId, query, limit),

    getReviewQueue: ({ courseId, timeZone }) => services.review.queue(courseId, timeZone),
    submitReview: ({ courseId, questionId, answer, timeZone }) =>
      services.review.submit(courseId, questionId, answer, timeZone),
    getGlossary: ({ courseId }) => ({ terms: glossaryTerms(pack(courseId)) }),
    getTermReviewQueue: ({ courseId, timeZone }) => services.termReview.queue(courseId, timeZone),
    rateTerm: ({ courseId, termId, rating, timeZone }) => services.termReview.rate(courseId, termId, rating, timeZone),
    listNotes: ({ courseId }) => services.notes.list(courseId),
    listNoteDrafts: ({ courseId }) => services.notes.drafts(courseId),
    saveNoteDraft: ({ courseId, chapterId, sectionId, text }) => {
      services.notes.saveDraft(courseId, chapterId, sectionId, text)
      return saved
    },
    saveNote: (note) => services.notes.save(note),
    deleteNote: ({ courseId, chapterId, sectionId }) => ({
      deleted: services.notes.delete(courseId, chapterId, sectionId),
    }),
    getStudyStats: ({ courseId, timeZone }) => services.stats.studyStats(courseId, timeZone),
    exportProgress: ({ courseId }) => services.data.exportProgress(courseId),
    previewImport: () => services.data.previewImport(),
    applyImport: ({ token, mode }) => services.data.applyImport(token, mode),
    checkData: () => services.data.checkData(),
    openExternalLink: ({ url }) => services.openExternalLink(url),
    listBackups: ({ courseId }) => services.backups.list(courseId),
    restoreBackup: ({ name }) => services.backups.restore(name),
    openDataFolder: () => services.backups.openDataFolder(),
    // Notes to take away.
    exportNotes: ({ courseId, timeZone }) => services.takeaway.exportNotes(courseId, timeZone),
    getSummary: ({ courseId, chapterId }) => services.takeaway.summary.summary(courseId, chapterId),
    saveSummaryPdf: ({ courseId, chapterId, timeZone }) =>
      services.takeaway.summary.savePdf(courseId, chapterId, timeZone),
  }
  return handlers
}
