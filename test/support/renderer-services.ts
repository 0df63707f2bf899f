import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach } from 'vitest'
import { bindApi } from './bind-api'
import { tempServices } from './temp-services'

/**
 * For component tests: before each test, real main-process services on a fresh temporary
 * database, `window.api` bound to them through the real dispatcher, and a fresh Pinia.
 * Returns a getter for the current test's services.
 */
export function useRealServices(): () => ReturnType<typeof tempServices> {
  let env: ReturnType<typeof tempServices> | undefined
  beforeEach(() => {
    env = tempServices()
    window.api = bindApi(env.dispatch)
    setActivePinia(createPinia())
  })
  afterEach(() => env?.dispose())
  return () => {
    if (!env) throw new Error('useRealServices: no test is running')
    return env
  }
}
