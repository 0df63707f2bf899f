import { z } from 'zod'

/** Learner settings; each field has a default so a fresh database needs no seeding. */
export const SettingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  locale: z.enum(['ko', 'en']).default('ko'),
  fontScale: z.number().min(0.8).max(1.6).default(1),
})
export type Settings = z.infer<typeof SettingsSchema>

export const SettingsPatchSchema = SettingsSchema.partial().strict()
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({})
