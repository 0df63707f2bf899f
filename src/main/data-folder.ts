/*
 * What lives in the data folder (app.getPath('userData') in the app, a temp dir in tests).
 * Notices and messages name these relative to it; full paths go to the log only.
 */

/** The learner's progress, notes and settings. */
export const DATABASE_FILE = 'progress.sqlite'
/** Automatic and safety backups (`backup/backup-names.ts` says how they are named). */
export const BACKUPS_DIR = 'backups'
/** Assembled packs by content hash: a cache, rebuilt from the pack when missing or unreadable. */
export const PACK_CACHE_DIR = 'pack-cache'
