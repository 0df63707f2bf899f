import { createRouter, createWebHashHistory } from 'vue-router'
import ChapterView from './views/ChapterView.vue'
import DashboardView from './views/DashboardView.vue'
import NotesView from './views/NotesView.vue'
import ReviewView from './views/ReviewView.vue'
import SettingsView from './views/SettingsView.vue'
import StatsView from './views/StatsView.vue'

export function createAppRouter() {
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
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })
}
