import type { Database } from 'better-sqlite3'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Notice } from '../shared/notices'
import { type CourseLibrary, createCourseLibrary, packFolderName } from './course/course-library'
import { createPackCache } from './course/pack-cache'
import { ensurePrivateDir } from './private-files'
import { BACKUPS_DIR, createDataSafety, databaseLogLines, databaseNotices } from './data-safety'
import { openDatabase } from './db/open-database'
import { createGlossaryCardsRepo } from './db/glossary-cards-repo'
import { createNotesRepo } from './db/notes-repo'
import { createProgressRepo } from './db/progress-repo'
import { resetCourse } from './db/reset-course'
import { createReviewRepo } from './db/review-repo'
import { createSettingsRepo } from './db/settings-repo'
import { createStatsRepo } from './db/stats-repo'
import { nodeAddonPath } from './db/sqlite-addon'
import { createStudyRepo } from './db/study-repo'
import { createTermReviewService } from './glossary/term-review-service'
import { createNotesExport } from './notes/export-notes'
import { createNotesService } from './notes/notes-service'
import { type DesktopDialogs, NO_DESKTOP } from './desktop-dialogs'
import { createCourseLookup } from './progress/course-lookup'
import { createProgressService } from './progress/progress-service'
import { createShownQuestions } from './progress/shown-questions'
import { createStudyService } from './progress/study-service'
import type { SearchDoc } from './search/search-docs'
import { createSearchService } from './search/search-service'
import { createReviewService } from './review/review-service'
import { createSettingsService } from './settings/settings-service'
import { createStatsService } from './stats/stats-service'
import { createChosenBackups } from './restore-chosen-backup'
import { createAnswerHistoryRepo } from './db/answer-history-repo'
import { createSummaryService } from './summary/summary-service'

export interface ServicesOptions {
  /** Where the database lives: app.getPath('userData') in the app, a temp dir in tests. */
  dataDir: string
  /** Course pack folders to load. */
  packDirs: string[]
  /** Electron-ABI build of better-sqlite3, when running inside Electron from source. */
  nativeBinding?: string
  now?: () => Date
  /** File dialogs, link confirmation and the browser: Electron's in the app, a fake in tests. */
  dialogs?: DesktopDialogs
  /** Where background failures (a backup that could not be written) are reported. */
  log?: (message: string, err: unknown) => void
  /** Told as each start-up step ends (`database`, `packs`, `services`), for bench/startup.ts. */
  onStep?: (step: 'database' | 'packs' | 'services') => void
}

export const DATABASE_FILE = 'progress.sqlite'
/** Where older versions kept the search index (now built in memory); removed when found. */
const OLD_SEARCH_INDEX_FILE = 'search-index.sqlite'
/** Assembled packs by content hash: a cache, rebuilt from the pack when missing or unreadable. */
export const PACK_CACHE_DIR = 'pack-cache'

/**
 * Everything the main process does, without Electron: the app and the test harness build the
 * same services and call them through the same dispatcher.
 */
export function createServices(
  options: ServicesOptions,
  /** Set when the database is opened again: the packs already loaded, and the object the app holds. */
  reopening?: { library: CourseLibrary; into: object },
) {
  const now = options.now ?? (() => new Date())
  const nativeBinding = options.nativeBinding ?? nodeAddonPath()
  try {
    ensurePrivateDir(options.dataDir)
  } catch {
    // Opening the database reports the folder's problem (read-only, missing) the usual way.
  }
  const opened = openDatabase({
    path: join(options.dataDir, DATABASE_FILE),
    ...(nativeBinding ? { nativeBinding } : {}),
    now,
    backupsDir: join(options.dataDir, BACKUPS_DIR),
  })
  options.onStep?.('database')
  const library =
    reopening?.library ?? createCourseLibrary(options.packDirs, createPackCache(join(options.dataDir, PACK_CACHE_DIR)))
  options.onStep?.('packs')
  const notices: Notice[] = []
  notices.push(...databaseNotices(opened))
  for (const broken of library.broken)
    notices.push({ kind: 'pack-broken', dir: packFolderName(broken.dir), problems: broken.problems })
  // The notices name files only; the log keeps full paths and the errors themselves.
  const log = options.log ?? console.error
  for (const line of databaseLogLines(opened)) log(line, undefined)
  for (const broken of library.broken) log(`Course pack ${broken.dir} is broken`, broken.error ?? broken.problems)

  const db: Database = opened.db
  const lookup = createCourseLookup(library)
  removeOldSearchIndex(options.dataDir)
  const notes = createNotesService({ notes: createNotesRepo(db), lookup, now })
  // Notes change as the learner writes, so search reads them live instead of indexing them.
  const noteDocs = (courseId: string): SearchDoc[] =>
    notes
      .all()
      .filter((n) => n.courseId === courseId && n.text.trim())
      .map((n) => ({
        kind: 'note',
        id: `${n.chapterId}.${n.sectionId}`,
        chapterId: n.chapterId,
        sectionId: n.sectionId,
        title: n.text.slice(0, 60),
        body: n.text,
      }))
  // Built at the first search, or when the app has its window up (see warm()), not here.
  const search = createSearchService({ pack: lookup.pack, liveDocs: noteDocs })
  const progressRepo = createProgressRepo(db)
  const shown = createShownQuestions({ rounds: progressRepo.rounds, lookup })
  const repos = { repo: progressRepo, study: createStudyRepo(db), lookup, shown, now }
  // Spaced review, notes and stats: review cards follow wrong checkpoint answers.
  const review = createReviewService({ reviews: createReviewRepo(db), lookup, shown, now })
  const dialogs = options.dialogs ?? NO_DESKTOP
  const settings = createSettingsService(createSettingsRepo(db), now)
  // Glossary terms join the review when the learner turns it on in Settings.
  const termReview = createTermReviewService({
    cards: createGlossaryCardsRepo(db),
    lookup,
    settings: settings.get,
    now,
  })
  // Data safety: backups, export/import, "Check data", confirmed external links.
  const data = createDataSafety({
    db,
    dataDir: options.dataDir,
    lookup,
    dialogs,
    now,
    ...(nativeBinding ? { nativeBinding } : {}),
    ...(options.log ? { log: options.log } : {}),
    readOnly: opened.readOnly !== null,
  })
  // Notes to take away: a Markdown file of every note, and the printable summary as PDF.
  const takeaway = {
    exportNotes: createNotesExport({ notes, lookup, dialogs, now, locale: () => settings.get().locale }),
    summary: createSummaryService({ notes, answers: createAnswerHistoryRepo(db), lookup, dialogs, now }),
  }
  /** Settles once the start-up backup is written (or could not be). */
  const startupBackup = reopening ? Promise.resolve() : data.startupBackup()
  options.onStep?.('services')

  /**
   * Closes the database (its -wal folded into the file first), runs `whileClosed` (a restore
   * swaps the file), then opens it again and rebuilds every service on it in this same object,
   * so the IPC handlers and the app keep their reference. Synchronous from the close on: no
   * call can reach a closed database in between.
   */
  async function reopenAround(whileClosed: () => void): Promise<Notice[]> {
    const into = reopening?.into ?? self
    await data.backups.idle()
    db.pragma('wal_checkpoint(TRUNCATE)')
    self.close()
    let fresh: Services | undefined
    try {
      whileClosed()
    } finally {
      fresh = createServices(options, { library, into })
      Object.assign(into, fresh)
    }
    return fresh.notices
  }

  const self = {
    db,
    library,
    lookup,
    notices,
    progress: createProgressService({ ...repos, onMissed: review.recordMiss }),
    study: createStudyService(repos),
    settings,
    review,
    termReview,
    notes,
    stats: createStatsService({ stats: createStatsRepo(db), lookup, now }),
    search,
    takeaway,
    /** Forgets the course's progress (settings stay). */
    resetCourse(courseId: string): void {
      lookup.pack(courseId)
      resetCourse(db, courseId)
    },
    data,
    /** The backups the learner sees and restores (Settings → 데이터). */
    backups: createChosenBackups({
      dataDir: options.dataDir,
      backupsDir: join(options.dataDir, BACKUPS_DIR),
      databasePath: join(options.dataDir, DATABASE_FILE),
      lookup,
      dialogs,
      ...(nativeBinding ? { nativeBinding } : {}),
      safetyBackup: () => data.safetyBackup('restore'),
      reopenAround,
    }),
    startupBackup,
    close(): void {
      data.close()
      opened.db.close()
    },
  }
  return self
}

export type Services = ReturnType<typeof createServices>

/** The index file of versions that kept search in SQLite: a cache nothing reads any more. */
function removeOldSearchIndex(dataDir: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    const file = join(dataDir, OLD_SEARCH_INDEX_FILE + suffix)
    try {
      // existsSync first: rmSync costs ~0.1 ms even for a missing file, on every start.
      if (existsSync(file)) rmSync(file, { force: true })
    } catch {
      // A read-only folder: harmless, the file is simply left where it is.
    }
  }
}
