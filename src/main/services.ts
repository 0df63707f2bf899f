import type { Database } from 'better-sqlite3'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Notice } from '../shared/notices'
import { createCourseLibrary, packFolderName } from './course/course-library'
import { createPackCache } from './course/pack-cache'
import { ensurePrivateDir } from './private-files'
import { BACKUPS_DIR, createDataSafety, databaseLogLines, databaseNotices } from './data-safety'
import { openDatabase } from './db/open-database'
import { createNotesRepo } from './db/notes-repo'
import { createProgressRepo } from './db/progress-repo'
import { resetCourse } from './db/reset-course'
import { createReviewRepo } from './db/review-repo'
import { createSettingsRepo } from './db/settings-repo'
import { createStatsRepo } from './db/stats-repo'
import { nodeAddonPath } from './db/sqlite-addon'
import { createChapterStateRepo } from './db/chapter-state-repo'
import { createNotesService } from './notes/notes-service'
import { type DesktopDialogs, NO_DESKTOP } from './desktop-dialogs'
import { createCourseLookup } from './course/course-lookup'
import { createProgressService } from './progress/progress-service'
import { createShownQuestions } from './progress/shown-questions'
import { createChapterStateService } from './progress/chapter-state-service'
import type { SearchDoc } from './search/search-docs'
import { createSearchService } from './search/search-service'
import { createReviewService } from './review/review-service'
import { createSettingsService } from './settings/settings-service'
import { createStatsService } from './stats/stats-service'

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
export function createServices(options: ServicesOptions) {
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
  const library = createCourseLibrary(options.packDirs, createPackCache(join(options.dataDir, PACK_CACHE_DIR)))
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
  const repos = { repo: progressRepo, chapterStates: createChapterStateRepo(db), lookup, shown, now }
  // Spaced review, notes and stats (issue 5): review cards follow wrong checkpoint answers.
  const review = createReviewService({ reviews: createReviewRepo(db), lookup, shown, now })
  // Data safety (issue 6): backups, export/import, "Check data", confirmed external links.
  const data = createDataSafety({
    db,
    dataDir: options.dataDir,
    lookup,
    dialogs: options.dialogs ?? NO_DESKTOP,
    now,
    ...(nativeBinding ? { nativeBinding } : {}),
    ...(options.log ? { log: options.log } : {}),
    readOnly: opened.readOnly !== null,
  })
  /** Settles once the start-up backup is written (or could not be). */
  const startupBackup = data.startupBackup()
  options.onStep?.('services')
  return {
    db,
    library,
    lookup,
    notices,
    progress: createProgressService({ ...repos, onMissed: review.recordMiss }),
    chapterState: createChapterStateService(repos),
    settings: createSettingsService(createSettingsRepo(db), now),
    review,
    notes,
    stats: createStatsService({ stats: createStatsRepo(db), lookup, now }),
    search,
    /** Forgets the course's progress (settings stay). */
    resetCourse(courseId: string): void {
      lookup.pack(courseId)
      resetCourse(db, courseId)
    },
    data,
    startupBackup,
    close(): void {
      data.close()
      opened.db.close()
    },
  }
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
