/** The files SQLite keeps beside a database: the write-ahead log, its index, a rollback journal. */
export const SQLITE_SIDE_FILES = ['-wal', '-shm', '-journal'] as const

/** A database file and every file SQLite may keep beside it. */
export const databaseFiles = (path: string): string[] => [path, ...SQLITE_SIDE_FILES.map((suffix) => path + suffix)]
