import { createI18n } from 'vue-i18n'
import en from './en'
import ko from './ko'

export type Locale = 'ko' | 'en'

/** Korean first (the course is Korean); English is a full translation of every UI string. */
export function createAppI18n(locale: Locale = 'ko') {
  return createI18n({ legacy: false, locale, fallbackLocale: 'ko', messages: { ko, en } })
}
