import './early-start'
import '@fontsource/noto-sans-kr/400.css'
import '@fontsource/noto-sans-kr/700.css'
import './assets/base.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { firstScreenAnswered } from './early-requests'

// Mounted once the first screen's answers are in (see firstScreenAnswered), never later than this.
const MOUNT_WAIT_MAX_MS = 400

void firstScreenAnswered(MOUNT_WAIT_MAX_MS).then(() =>
  createApp(App).use(createPinia()).use(createAppRouter()).use(createAppI18n()).mount('#app'),
)
