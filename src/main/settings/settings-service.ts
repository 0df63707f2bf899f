import { LEARNER_SETTINGS_KEY, SettingsSchema, type Settings, type SettingsPatch } from '../../shared/settings'
import type { SettingsRepo } from '../db/settings-repo'

/** Learner settings stored as one JSON value; unknown or invalid stored fields fall back to defaults. */
export function createSettingsService(repo: SettingsRepo, now: () => Date) {
  function read(): Settings {
    const stored = repo.get(LEARNER_SETTINGS_KEY)
    const parsed = SettingsSchema.safeParse(stored ?? {})
    if (parsed.success) return parsed.data
    // Keep each field that is still valid rather than discarding the whole object.
    const base = SettingsSchema.parse({})
    const fields = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {}
    for (const key of Object.keys(base) as (keyof Settings)[]) {
      const one = SettingsSchema.shape[key].safeParse(fields[key])
      if (one.success) Object.assign(base, { [key]: one.data })
    }
    return base
  }
  return {
    get: read,
    update(patch: SettingsPatch): Settings {
      const next = SettingsSchema.parse({ ...read(), ...patch })
      repo.setMany({ [LEARNER_SETTINGS_KEY]: next }, now().getTime())
      return next
    },
    /** Internal, not exposed over IPC: e.g. the window's bounds. */
    getInternal: (key: string): unknown => repo.get(`internal:${key}`),
    setInternal: (key: string, value: unknown): void => repo.setMany({ [`internal:${key}`]: value }, now().getTime()),
  }
}

export type SettingsService = ReturnType<typeof createSettingsService>
