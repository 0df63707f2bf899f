import type { Database } from 'better-sqlite3'
import { join } from 'node:path'
import type { Notice } from '../shared/notices'
import { type CourseLibrary, createCourseLibrary, packFolderName } from './course/course-library'
import { createCourseLookup } from './course/course-lookup'
import { createPackCache } from './course/pack-cache'
import { BACKUPS_DIR, DATABASE_FILE, PACK_CACHE_DIR } from './data-folder'
import { createDataSafety } from './data-safety'
import { databaseLogLines, databaseNotices } from './data-safety/database-notices'
import { createChosenBackups } from './data-safety/restore-chosen-backup'
import { openProgressDatabase } from './data-safety/open-progress-database'
import { createAnswerHistoryRepo } from './db/answer-history-repo'
import { createChapterStateRepo } from './db/chapter-state-repo'
import { createGlossaryCardsRepo } from './db/glossary-cards-repo'
import { createNotesRepo } from './db/notes-repo'
import { createProgressRepo } from './db/progress-repo'
import { createReviewRepo } from './db/review-repo'
import { createSettingsRepo } from './db/settings-repo'
import { nodeAddonPath } from './db/sqlite-addon'
import { createStatsRepo } from './db/stats-repo'
import { type DesktopDialogs, NO_DESKTOP } from './desktop-dialogs'
import { createTermReviewService } from './glossary/term-review-service'
import { createNotesExport } from './notes/export-notes'
import { createNotesService } from './notes/notes-service'
import { createExternalLinkOpener } from './open-external-link'
import { ensurePrivateDir } from './private-files'
import { createChapterStateService } from './progress/chapter-state-service'
import { createProgressService } from './progress/progress-service'
import { createShownQuestions } from './progress/shown-questions'
import { createReviewService } from './review/review-service'
import { noteDocs } from './search/note-docs'
import { createSearchService } from './search/search-service'
import { createSettingsService } from './settings/settings-service'
import { createStatsService } from './stats/stats-service'
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
  /** Given the open connection, for tests that inspect or damage the database directly. */
  onDatabase?: (db: Database) => void
}

/**
 * Everything the main process does, without Electron: the app and the test harness build the
 * same services and call them through the same dispatcher. This file only wires.
 */
export function createServices(
  options: ServicesOptions,
  /** Set when the database is opened again: the packs already loaded, and the object the app holds. */
  reopening?: { library: CourseLibrary; into: object },
) {
  const now = options.now ?? (() => new Date())
  const nativeBinding = options.nativeBinding ?? nodeAddonPath()
  const log = options.log ?? console.error
  try {
    ensurePrivateDir(options.dataDir)
  } catch {
    // Opening the database reports the folder's problem (read-only, missing) the usual way.
  }
  const opened = openProgressDatabase({
    path: join(options.dataDir, DATABASE_FILE),
    ...(nativeBinding ? { nativeBinding } : {}),
    now,
    backupsDir: join(options.dataDir, BACKUPS_DIR),
  })
  const { db } = opened
  options.onDatabase?.(db)
  options.onStep?.('database')
  const library =
    reopening?.library ?? createCourseLibrary(options.packDirs, createPackCache(join(options.dataDir, PACK_CACHE_DIR)))
  options.onStep?.('packs')
  const notices: Notice[] = [
    ...databaseNotices(opened),
    ...library.broken.map((broken): Notice => ({
      kind: 'pack-broken',
      dir: packFolderName(broken.dir),
      problems: broken.problems,
    })),
  ]
  // The notices name files only; the log keeps full paths and the errors themselves.
  for (const line of databaseLogLines(opened)) log(line, undefined)
  for (const broken of library.broken) log(`Course pack ${broken.dir} is broken`, broken.error ?? broken.problems)

  const lookup = createCourseLookup(library)
  const notes = createNotesService({ notes: createNotesRepo(db), lookup, now })
  // Built at the first search, or when the app has its window up (see warm()), not here.
  const search = createSearchService({ pack: lookup.pack, liveDocs: noteDocs(notes) })
  const progressRepo = createProgressRepo(db)
  const shown = createShownQuestions({ rounds: progressRepo.rounds, lookup })
  const repos = { repo: progressRepo, chapterStates: createChapterStateRepo(db), lookup, shown, now }
  // Review cards follow wrong checkpoint answers.
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
  const data = createDataSafety({
    db,
    dataDir: options.dataDir,
    lookup,
    dialogs,
    now,
    ...(nativeBinding ? { nativeBinding } : {}),
    log,
    readOnly: opened.readOnly !== null,
  })
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
    library,
    lookup,
    notices,
    progress: createProgressService({ ...repos, onMissed: review.recordMiss }),
    chapterState: createChapterStateService(repos),
    settings,
    review,
    termReview,
    notes,
    stats: createStatsService({ stats: createStatsRepo(db), lookup, now }),
    search,
    data,
    openExternalLink: createExternalLinkOpener(dialogs),
    // Notes to take away: a Markdown file of every note, and the printable summary as PDF.
    takeaway: {
      exportNotes: createNotesExport({ notes, lookup, dialogs, now, locale: () => settings.get().locale }),
      summary: createSummaryService({ notes, answers: createAnswerHistoryRepo(db), lookup, dialogs, now }),
    },
    /** The backups the learner sees and restores (Settings → 데이터). */
    backups: createChosenBackups({
      dataDir: options.dataDir,
      backupsDir: join(options.dataDir, BACKUPS_DIR),
      databasePath: join(options.dataDir, DATABASE_FILE),
      lookup,
      dialogs,
      ...(nativeBinding ? { nativeBinding } : {}),
      withSafetyBackup: data.withSafetyBackup,
      reopenAround,
    }),
    startupBackup,
    close(): void {
      data.close()
      db.close()
    },
  }
  return self
}

export type Services = ReturnType<typeof createServices>
