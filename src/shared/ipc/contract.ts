import { z } from 'zod'
import {
  AnswerSchema,
  ChapterContentSchema,
  CourseOutlineSchema,
  GradeResultSchema,
  PackProblemSchema,
  PublicQuestionSchema,
} from '../course/schema'
import { BackupListSchema, OpenDataFolderResultSchema, RestoreBackupInputSchema, RestoreResultSchema } from '../backups'
import {
  ApplyImportInputSchema,
  CheckReportSchema,
  ExportResultSchema,
  ExternalLinkInputSchema,
  ExternalLinkResultSchema,
  ImportPreviewSchema,
  ImportResultSchema,
} from '../data-safety'
import { FinalCheckSchema } from '../final-check'
import { GlossarySchema, TermRatingSchema, TermReviewQueueSchema, TermReviewResultSchema } from '../glossary'
import { StableIdSchema, SubmissionIdSchema } from '../ids'
import { NoteDraftSchema, NoteDraftTextSchema, NoteSchema, NoteTextSchema } from '../notes'
import { NoticeSchema } from '../notices'
import { ChapterProgressSchema, ChapterStateSchema, CourseProgressSchema, ScrollOffsetSchema } from '../progress'
import { SearchQuerySchema, SearchResultSchema } from '../search/search-schema'
import { ReviewQueueSchema, ReviewResultSchema } from '../review'
import { SettingsPatchSchema, SettingsSchema } from '../settings'
import { StudyStatsSchema } from '../stats'
import { ExportNotesResultSchema, SavePdfResultSchema, SummarySchema } from '../takeaway'
import { TimeZoneSchema } from '../time-zone'
import { channelOf, METHOD_NAMES, type MethodName } from './methods'

const NoInput = z.object({}).strict()
const CourseRef = z.object({ courseId: StableIdSchema }).strict()
const ChapterRef = CourseRef.extend({ chapterId: StableIdSchema }).strict()
const SectionRef = ChapterRef.extend({ sectionId: StableIdSchema }).strict()
const Saved = z.object({ saved: z.literal(true) })

const CatalogSchema = z.object({
  courses: z.array(z.object({ id: StableIdSchema, title: z.string(), version: z.string(), language: z.string() })),
  /** Packs that could not be loaded: each folder's name (not its path) and what is wrong. */
  broken: z.array(z.object({ dir: z.string(), problems: z.array(PackProblemSchema) })),
})

/**
 * The IPC contract: every call the renderer can make, declared once. The preload builds one
 * function per entry, main registers one handler per entry and validates `input` before the
 * handler runs; `output` is checked on the way back. Add a channel here, then its handler in
 * src/main/ipc/handlers.ts — TypeScript points at whatever is still missing.
 */
export const contract = {
  /**
   * Everything the first screen shows, in one round trip: the catalog, settings and notices, and
   * for the first healthy course its outline, progress, notes and note drafts, plus the chapter the
   * address opens on with its saved state (`chapter` is null when no chapter was asked for or the
   * course has no such chapter: the page then asks `getChapter` and shows its error).
   */
  getStartup: {
    input: z.object({ chapterId: StableIdSchema.optional() }).strict(),
    output: z.object({
      catalog: CatalogSchema,
      settings: SettingsSchema,
      notices: z.array(NoticeSchema),
      course: z
        .object({
          outline: CourseOutlineSchema,
          progress: CourseProgressSchema,
          notes: z.array(NoteSchema),
          noteDrafts: z.array(NoteDraftSchema),
          chapter: z.object({ content: ChapterContentSchema, state: ChapterStateSchema }).nullable(),
        })
        .nullable(),
    }),
  },
  getCatalog: { input: NoInput, output: CatalogSchema },
  getOutline: { input: CourseRef, output: CourseOutlineSchema },
  getChapter: { input: ChapterRef, output: ChapterContentSchema },
  getProgress: { input: CourseRef, output: CourseProgressSchema },
  markSectionRead: { input: SectionRef, output: ChapterProgressSchema },
  savePosition: {
    input: SectionRef.extend({ scrollOffset: ScrollOffsetSchema }).strict(),
    output: Saved,
  },
  getChapterState: { input: ChapterRef, output: ChapterStateSchema },
  saveDiagramStep: {
    input: CourseRef.extend({ diagramId: StableIdSchema, step: z.number().int().min(0).max(100) }).strict(),
    output: Saved,
  },
  saveDraft: {
    input: CourseRef.extend({ questionId: StableIdSchema, draft: AnswerSchema.nullable() }).strict(),
    output: Saved,
  },
  recordStudyTime: {
    input: ChapterRef.extend({ seconds: z.number().int().min(1).max(3600) }).strict(),
    output: Saved,
  },
  /** Forgets all progress in the course; the literal confirmation guards against a stray call. */
  resetProgress: {
    input: CourseRef.extend({ confirm: z.literal('reset') }).strict(),
    output: CourseProgressSchema,
  },
  /** Grades and records an answer; a `submissionId` already recorded returns that attempt's result. */
  submitAnswer: {
    input: CourseRef.extend({
      questionId: StableIdSchema,
      answer: AnswerSchema,
      submissionId: SubmissionIdSchema,
    }).strict(),
    /** `next`: the question as a retry shows it (a recorded answer reshuffles its options). */
    output: z.object({ grade: GradeResultSchema, chapter: ChapterProgressSchema, next: PublicQuestionSchema }),
  },
  /** The course's cumulative final check; attempts go through submitAnswer like any checkpoint. */
  getFinalCheck: { input: CourseRef, output: FinalCheckSchema },
  getSettings: { input: NoInput, output: SettingsSchema },
  updateSettings: { input: SettingsPatchSchema, output: SettingsSchema },
  getNotices: { input: NoInput, output: z.array(NoticeSchema) },
  // Search: Korean-aware full-text search over the course and the learner's notes.
  // `suggestions`: "did you mean" queries, only when there are no results.
  search: {
    input: SearchQuerySchema,
    output: z.object({ results: z.array(SearchResultSchema), suggestions: z.array(z.string().max(200)).max(5) }),
  },

  // Spaced review, notes and study stats. `timeZone` is the learner's: "today" is theirs.
  getReviewQueue: { input: CourseRef.extend({ timeZone: TimeZoneSchema }).strict(), output: ReviewQueueSchema },
  submitReview: {
    input: CourseRef.extend({ questionId: StableIdSchema, answer: AnswerSchema, timeZone: TimeZoneSchema }).strict(),
    output: ReviewResultSchema,
  },
  // The living glossary: the 용어집 page, and its terms in review once the learner opts in.
  getGlossary: { input: CourseRef, output: GlossarySchema },
  getTermReviewQueue: { input: CourseRef.extend({ timeZone: TimeZoneSchema }).strict(), output: TermReviewQueueSchema },
  rateTerm: {
    input: CourseRef.extend({ termId: StableIdSchema, rating: TermRatingSchema, timeZone: TimeZoneSchema }).strict(),
    output: TermReviewResultSchema,
  },
  listNotes: { input: CourseRef, output: z.array(NoteSchema) },
  /** Creates or edits a section's note; it must carry text or a bookmark (delete it otherwise). */
  saveNote: {
    input: SectionRef.extend({ text: NoteTextSchema, bookmarked: z.boolean() })
      .strict()
      .refine((n) => n.bookmarked || n.text.trim().length > 0, { message: 'needs text or a bookmark', path: ['text'] }),
    output: NoteSchema,
  },
  deleteNote: { input: SectionRef, output: z.object({ deleted: z.boolean() }) },
  /** Note text written and not saved yet, per section; saving or deleting the note clears it. */
  listNoteDrafts: { input: CourseRef, output: z.array(NoteDraftSchema) },
  /** Keeps (or, with empty text, forgets) a section's unsaved note text. */
  saveNoteDraft: { input: SectionRef.extend({ text: NoteDraftTextSchema }).strict(), output: Saved },
  getStudyStats: { input: CourseRef.extend({ timeZone: TimeZoneSchema }).strict(), output: StudyStatsSchema },

  // Data safety. Export/import go through native file dialogs in main; the page never
  // names a path. An import is previewed first (validated, held under a token), then applied.
  exportProgress: { input: CourseRef, output: ExportResultSchema },
  previewImport: { input: NoInput, output: ImportPreviewSchema },
  applyImport: { input: ApplyImportInputSchema, output: ImportResultSchema },
  checkData: { input: NoInput, output: CheckReportSchema },
  /** A chapter link the learner clicked: validated (http/https only), confirmed, then the browser. */
  openExternalLink: { input: ExternalLinkInputSchema, output: ExternalLinkResultSchema },
  // Backups the learner can see and restore. A backup is named, never given as a path.
  listBackups: { input: CourseRef, output: BackupListSchema },
  /** Backs up the current state, then puts the named backup in its place; the page reloads after. */
  restoreBackup: { input: RestoreBackupInputSchema, output: RestoreResultSchema },
  openDataFolder: { input: NoInput, output: OpenDataFolderResultSchema },

  // Notes to take away. Both files go through the native save dialog in main.
  /** Every note and bookmark as one Markdown file, dated in the learner's zone. */
  exportNotes: { input: CourseRef.extend({ timeZone: TimeZoneSchema }).strict(), output: ExportNotesResultSchema },
  /** The printable summary of one chapter, or of the whole course without `chapterId`. */
  getSummary: { input: CourseRef.extend({ chapterId: StableIdSchema.optional() }).strict(), output: SummarySchema },
  /** Prints the page on screen (the summary) to a PDF the learner saves; the ids name the file. */
  saveSummaryPdf: {
    input: CourseRef.extend({ chapterId: StableIdSchema.optional(), timeZone: TimeZoneSchema }).strict(),
    output: SavePdfResultSchema,
  },
} as const satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
export type Method = keyof Contract
/** What the renderer passes. */
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>
/** What a handler receives: the input after its schema parsed it (defaults applied). */
export type MethodParams<M extends Method> = z.output<Contract[M]['input']>
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>

/** Every method, in contract order (the zod-free list in methods.ts, which the contract satisfies). */
export const methods: readonly Method[] = METHOD_NAMES

export { channelOf }
