import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Settings, SettingsPatch } from '../../../shared/settings'
import { DEFAULT_SETTINGS } from '../../../shared/settings-defaults'
import { api, call } from '../api'
import { errorKey } from '../error-text'

/** Learner settings, persisted in SQLite by the main process. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>({ ...DEFAULT_SETTINGS })
  /** Why the last save failed (an i18n key), shown beside the controls. */
  const saveError = ref<ReturnType<typeof errorKey> | null>(null)

  async function load(): Promise<void> {
    settings.value = await call(api().getSettings({}))
  }

  /** Applies a change at once and saves it; on failure the previous value comes back. */
  async function update(patch: SettingsPatch): Promise<void> {
    const previous = settings.value
    settings.value = { ...previous, ...patch }
    try {
      settings.value = await call(api().updateSettings(patch))
      saveError.value = null
    } catch (err) {
      settings.value = previous
      saveError.value = errorKey(err)
    }
  }

  return { settings, saveError, load, update }
})
