import { createRouter, createWebHashHistory } from 'vue-router'
import ChapterView from './views/ChapterView.vue'
import DashboardView from './views/DashboardView.vue'
import FinalCheckView from './views/FinalCheckView.vue'
import GlossaryView from './views/GlossaryView.vue'
import NotesView from './views/NotesView.vue'
import ReviewView from './views/ReviewView.vue'
import SettingsView from './views/SettingsView.vue'
import StatsView from './views/StatsView.vue'
import SummaryView from './views/SummaryView.vue'

export function createAppRouter() {
  // The chapter page restores the reading position itself, relative to a section; the browser
  // putting back a raw scrollY on reload would override it (sections off screen have estimated
  // heights until they are first shown, so the same scrollY is not the same text).
  if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual'
  return createRouter({
    // Hash history: the app is served from a custom scheme where only index.html is a real page.
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'dashboard', component: DashboardView },
      { path: '/chapter/:chapterId', name: 'chapter', component: ChapterView, props: true },
      { path: '/settings', name: 'settings', component: SettingsView },
      { path: '/review', name: 'review', component: ReviewView },
      { path: '/notes', name: 'notes', component: NotesView },
      { path: '/stats', name: 'stats', component: StatsView },
      { path: '/final', name: 'final-check', component: FinalCheckView },
      { path: '/glossary', name: 'glossary', component: GlossaryView },
      { path: '/summary', name: 'summary', component: SummaryView },
      { path: '/summary/:chapterId', name: 'summary-chapter', component: SummaryView, props: true },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })
}
