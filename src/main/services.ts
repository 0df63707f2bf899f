import type { Database } from 'better-sqlite3'
import { join } from 'node:path'
import type { Notice } from '../shared/notices'
import { createCourseLibrary } from './course/course-library'
import { createPackCache } from './course/pack-cache'
import { BACKUPS_DIR, createDataSafety, databaseNotices } from './data-safety'
import { openDatabase } from './db/open-database'
import { createNotesRepo } from './db/notes-repo'
import { createProgressRepo } from './db/progress-repo'
import { resetCourse } from './db/reset-course'
import { createReviewRepo } from './db/review-repo'
import { createSettingsRepo } from './db/settings-repo'
import { createStatsRepo } from './db/stats-repo'
import { createStudyRepo } from './db/study-repo'
import { createNotesService } from './notes/notes-service'
import { type DesktopDialogs, NO_DESKTOP } from './desktop-dialogs'
import { createCourseLookup } from './progress/course-lookup'
import { createProgressService } from './progress/progress-service'
import { createStudyService } from './progress/study-service'
import { openSearchIndex } from './search/search-index'
import type { SearchDoc } from './search/search-docs'
import { createSearchService } from './search/search-service'
import { createReviewService } from './review/review-service'
import { createSettingsService } from './settings/settings-service'
import { createStatsService } from './stats/stats-service'
import { orInMemory } from './storage-errors'

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
}

export const DATABASE_FILE = 'progress.sqlite'
/** A rebuildable cache, kept apart so backups and exports hold only the learner's own data. */
export const SEARCH_INDEX_FILE = 'search-index.sqlite'
/** Assembled packs by content hash (a cache, like the search index). */
export const PACK_CACHE_DIR = 'pack-cache'

/**
 * Everything the main process does, without Electron: the app and the test harness build the
 * same services and call them through the same dispatcher.
 */
export function createServices(options: ServicesOptions) {
  const now = options.now ?? (() => new Date())
  const opened = openDatabase({
    path: join(options.dataDir, DATABASE_FILE),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    now,
    backupsDir: join(options.dataDir, BACKUPS_DIR),
  })
  const library = createCourseLibrary(options.packDirs, createPackCache(join(options.dataDir, PACK_CACHE_DIR)))
  const notices: Notice[] = []
  notices.push(...databaseNotices(opened))
  for (const broken of library.broken) notices.push({ kind: 'pack-broken', dir: broken.dir, problems: broken.problems })

  const db: Database = opened.db
  const lookup = createCourseLookup(library)
  // A read-only data folder must not stop the app (issue 6): the index is a cache, memory will do.
  const searchIndex = orInMemory(
    (path) => openSearchIndex(path, options.nativeBinding),
    join(options.dataDir, SEARCH_INDEX_FILE),
  )
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
  const search = createSearchService({ index: searchIndex, pack: lookup.pack, liveDocs: noteDocs })
  search.warm(library.packs.map((p) => p.outline.id))
  const repos = { repo: createProgressRepo(db), study: createStudyRepo(db), lookup, now }
  // Spaced review, notes and stats (issue 5): review cards follow wrong checkpoint answers.
  const review = createReviewService({ reviews: createReviewRepo(db), lookup, now })
  // Data safety (issue 6): backups, export/import, "Check data", confirmed external links.
  const data = createDataSafety({
    db,
    dataDir: options.dataDir,
    lookup,
    dialogs: options.dialogs ?? NO_DESKTOP,
    now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.log ? { log: options.log } : {}),
    readOnly: opened.readOnly !== null,
  })
  /** Settles once the start-up backup is written (or could not be). */
  const startupBackup = data.startupBackup()
  return {
    db,
    library,
    lookup,
    notices,
    progress: createProgressService({ ...repos, onMissed: review.recordMiss }),
    study: createStudyService(repos),
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
      searchIndex.close()
      opened.db.close()
    },
  }
}

export type Services = ReturnType<typeof createServices>
