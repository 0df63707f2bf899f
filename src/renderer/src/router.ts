import { createRouter, createWebHashHistory } from 'vue-router'
import ChapterView from './views/ChapterView.vue'
import DashboardView from './views/DashboardView.vue'
import SettingsView from './views/SettingsView.vue'

export function createAppRouter() {
  return createRouter({
    // Hash history: the app is served from a custom scheme where only index.html is a real page.
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'dashboard', component: DashboardView },
      { path: '/chapter/:chapterId', name: 'chapter', component: ChapterView, props: true },
      { path: '/settings', name: 'settings', component: SettingsView },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })
}
