/// <reference types="vite/client" />
import type { Api } from '../../shared/ipc/api'

declare global {
  interface Window {
    /** Built by the preload (or the e2e harness) from the shared IPC contract. */
    api: Api
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
