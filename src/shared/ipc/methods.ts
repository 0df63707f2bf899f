/**
 * The names of the IPC contract's methods, without their schemas: the sandboxed preload needs only
 * these, and importing the contract would bundle all of zod into it. The contract is typed
 * against this list (`satisfies Record<MethodName, …>` in contract.ts: a method missing here or
 * there fails the typecheck), and methods.test.ts checks the order too.
 */
export const METHOD_NAMES = [
  'getStartup',
  'getCatalog',
  'getOutline',
  'getChapter',
  'getProgress',
  'markSectionRead',
  'savePosition',
  'getChapterState',
  'saveDiagramStep',
  'saveDraft',
  'recordStudyTime',
  'resetProgress',
  'submitAnswer',
  'getFinalCheck',
  'getSettings',
  'updateSettings',
  'getNotices',
  'search',
  'getReviewQueue',
  'submitReview',
  'getGlossary',
  'getTermReviewQueue',
  'rateTerm',
  'listNotes',
  'saveNote',
  'deleteNote',
  'listNoteDrafts',
  'saveNoteDraft',
  'getStudyStats',
  'exportProgress',
  'previewImport',
  'applyImport',
  'checkData',
  'openExternalLink',
  'listBackups',
  'restoreBackup',
  'openDataFolder',
  'exportNotes',
  'getSummary',
  'saveSummaryPdf',
] as const

export type MethodName = (typeof METHOD_NAMES)[number]

/** The Electron IPC channel that carries a method: the preload sends on it, main handles it. */
export const channelOf = (method: MethodName): string => `api:${method}`
