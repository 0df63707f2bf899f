import type { NAV_ICONS } from '../ui/icons'

/** One entry of the app's menu: where it goes, its word, and the pages (route names) it stands for. */
export interface NavLink {
  key: Exclude<keyof typeof NAV_ICONS, 'chapter' | 'search'>
  to: string
  label: string
  testid?: string
  routes: string[]
}

/** The menu in its order; a chapter, the final check and the summary are reached from the dashboard. */
export const NAV_LINKS: NavLink[] = [
  {
    key: 'home',
    to: '/',
    label: 'nav.home',
    routes: ['dashboard', 'chapter', 'final-check', 'summary', 'summary-chapter'],
  },
  { key: 'review', to: '/review', label: 'study.nav.review', testid: 'nav-review', routes: ['review'] },
  { key: 'glossary', to: '/glossary', label: 'glossary.nav', testid: 'nav-glossary', routes: ['glossary'] },
  { key: 'notes', to: '/notes', label: 'study.nav.notes', testid: 'nav-notes', routes: ['notes'] },
  { key: 'stats', to: '/stats', label: 'study.nav.stats', testid: 'nav-stats', routes: ['stats'] },
  { key: 'settings', to: '/settings', label: 'nav.settings', testid: 'nav-settings', routes: ['settings'] },
]
