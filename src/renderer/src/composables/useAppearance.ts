import { onBeforeUnmount, watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Settings } from '../../../shared/settings'

/** Keeps the document's theme, font size and language in step with the settings. */
export function useAppearance(settings: () => Settings) {
  const { locale } = useI18n({ useScope: 'global' })
  const media = window.matchMedia('(prefers-color-scheme: dark)')
  const apply = () => {
    const s = settings()
    const dark = s.theme === 'dark' || (s.theme === 'system' && media.matches)
    document.documentElement.dataset['theme'] = dark ? 'dark' : 'light'
    document.documentElement.style.setProperty('--font-scale', String(s.fontScale))
    document.documentElement.lang = s.locale
    locale.value = s.locale
  }
  watchEffect(apply)
  media.addEventListener('change', apply)
  onBeforeUnmount(() => media.removeEventListener('change', apply))
}
