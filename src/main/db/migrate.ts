import type { Database } from 'better-sqlite3'
import { LATEST_SCHEMA_VERSION, type Migration, migrations as defaultMigrations } from './migrations'

/** The file was written by a newer version of the app; opening it could lose that app's data. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `The progress database was created by a newer version of Another Class Offline (schema ${fileVersion}; this app knows up to ${appVersion}). Update the app to open it; the file was left untouched.`,
    )
    this.name = 'DatabaseTooNewError'
  }
}

/**
 * Refuses a file from a newer app before anything is written to it: call it first thing after
 * opening (switching to WAL already rewrites the file's header).
 */
export function refuseNewer(db: Database, latest: number = defaultMigrations.length): void {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > latest) throw new DatabaseTooNewError(version, latest)
}

/** Applies every pending migration in one transaction; a failure leaves the file as it was. */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = defaultMigrations,
): { from: number; to: number } {
  const latest = migrations.length
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
  const from = db.pragma('user_version', { simple: true }) as number
  if (from > latest) throw new DatabaseTooNewError(from, latest)
  if (from === latest) return { from, to: latest }
  db.transaction(() => {
    for (const m of migrations.slice(from)) db.exec(m.sql)
    db.pragma(`user_version = ${latest}`)
  })()
  return { from, to: latest }
}

export { LATEST_SCHEMA_VERSION }
