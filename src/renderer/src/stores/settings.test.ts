// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useRealServices } from '../../../../test/support/renderer-services'
import { createAppI18n } from '../i18n'
import { useSettingsStore } from './settings'

const env = useRealServices()

describe('the settings store', () => {
  it('keeps the saved value when main refuses a change, and says why in the learner’s words', async () => {
    const store = useSettingsStore()
    await store.load()
    await store.update({ fontScale: 1.2 })
    // Out of range: main refuses it, with a message meant for developers.
    await store.update({ fontScale: 9 })
    expect(store.settings.fontScale).toBe(1.2)
    expect(env().services.settings.get().fontScale).toBe(1.2)
    const { t } = createAppI18n().global
    expect(t(store.saveError ?? '')).toBe('요청을 처리하지 못했어요. 아무것도 바뀌지 않았습니다.')
  })
})
