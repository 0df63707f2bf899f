import type { Database } from 'better-sqlite3'
import { prepareOnUse } from './prepare-on-use'

/** A key/value store of JSON values; callers validate what they read with their own schema. */
export function createSettingsRepo(db: Database) {
  const select = prepareOnUse(db, `SELECT key, value_json AS valueJson FROM settings`)
  const selectOne = prepareOnUse(db, `SELECT value_json AS valueJson FROM settings WHERE key = ?`)
  const upsert = prepareOnUse(
    db,
    `INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  )
  const parse = (json: string): unknown => {
    try {
      return JSON.parse(json)
    } catch {
      return undefined
    }
  }
  return {
    all(): Record<string, unknown> {
      const rows = select.all() as { key: string; valueJson: string }[]
      return Object.fromEntries(rows.map((r) => [r.key, parse(r.valueJson)]))
    },
    get(key: string): unknown {
      const row = selectOne.get(key) as { valueJson: string } | undefined
      return row ? parse(row.valueJson) : undefined
    },
    /** Writes several keys in one transaction: all or nothing. */
    setMany(entries: Record<string, unknown>, at: number): void {
      db.transaction(() => {
        for (const [key, value] of Object.entries(entries)) upsert.run(key, JSON.stringify(value), at)
      })()
    },
  }
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>
