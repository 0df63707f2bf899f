import { startupAnswer } from './startup-request'
import '@fontsource/noto-sans-kr/400.css'
import '@fontsource/noto-sans-kr/700.css'
import './assets/base.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { fillFirstScreen } from './first-screen'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'

const app = createApp(App).use(createPinia()).use(createAppRouter()).use(createAppI18n())
// Mounted once the stores hold the first screen's answer, so the page is laid out and painted once,
// with its content, rather than first as a header and a loading line (in fallback fonts) and
// again when the answer arrives.
void fillFirstScreen(startupAnswer).then(() => app.mount('#app'))
