import { z } from 'zod'
import { DEFAULT_SETTINGS } from './settings-defaults'

/** Each setting's allowed values, without defaults (a patch must not fill in what it omits). */
const fields = {
  theme: z.enum(['system', 'light', 'dark']),
  locale: z.enum(['ko', 'en']),
  fontScale: z.number().min(0.8).max(1.6),
  glossaryReview: z.boolean(),
}

/** The settings row that holds the learner's settings (other rows are the app's own, e.g. window bounds). */
export const LEARNER_SETTINGS_KEY = 'learner'

/** Learner settings; each field has a default so a fresh database needs no seeding. */
export const SettingsSchema = z.object({
  theme: fields.theme.default(DEFAULT_SETTINGS.theme),
  locale: fields.locale.default(DEFAULT_SETTINGS.locale),
  fontScale: fields.fontScale.default(DEFAULT_SETTINGS.fontScale),
  glossaryReview: fields.glossaryReview.default(DEFAULT_SETTINGS.glossaryReview),
})
export type Settings = z.infer<typeof SettingsSchema>

/** A change to some settings: fields left out stay as they are. */
export const SettingsPatchSchema = z.object(fields).partial().strict()
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>

export { DEFAULT_SETTINGS }
