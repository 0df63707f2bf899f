import type { BrowserContext } from '@playwright/test'
import type { IpcMain } from 'electron'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Dispatch } from '../src/main/ipc/dispatch'
import { registerIpc } from '../src/main/ipc/register-ipc'
import { channelOf, METHOD_NAMES } from '../src/shared/ipc/methods'
import { FakeIpcMain } from '../test/support/fake-electron'
import { REPO_ROOT } from '../test/support/packs'

/** The built preload bundle: the harnesses run it in the page, as Electron runs it in the window. */
export const PRELOAD_BUNDLE = join(REPO_ROOT, 'out', 'preload', 'index.js')
/** The page-side end of the stand-in transport; the preload's ipcRenderer.invoke is its only user. */
const IPC_BINDING = '__anotherClassIpcInvoke'

/**
 * Wraps the built preload so it runs in the page with Electron's transport replaced and nothing
 * else: `require('electron')` yields a contextBridge that defines `window.api` (frozen, as the
 * bridge's copy is) and an ipcRenderer whose invoke goes through the exposed binding to the real
 * ipcMain handlers. The binding itself is taken off `window`, so page scripts reach main only
 * through what the preload exposes.
 *
 * `timed` (the benchmarks): every call's method and its start and end in page time are appended
 * to `window.__apiCalls`, for the load breakdown.
 */
function preloadInitScript(options: { timed?: boolean } = {}): string {
  const bundle = readFileSync(PRELOAD_BUNDLE, 'utf8')
  const methodOf = Object.fromEntries(METHOD_NAMES.map((method) => [channelOf(method), method]))
  const invoke = options.timed
    ? `(() => {
    const methodOf = ${JSON.stringify(methodOf)}
    window.__apiCalls = []
    return async (channel, ...args) => {
      const start = performance.now()
      try {
        return await send(channel, ...args)
      } finally {
        window.__apiCalls.push({ method: methodOf[channel] ?? channel, start, end: performance.now() })
      }
    }
  })()`
    : '(channel, ...args) => send(channel, ...args)'
  return `(() => {
  const send = window[${JSON.stringify(IPC_BINDING)}]
  delete window[${JSON.stringify(IPC_BINDING)}]
  if (typeof send !== 'function') return
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, value) {
        Object.defineProperty(window, key, { value: Object.freeze({ ...value }), writable: false, configurable: false })
      },
    },
    ipcRenderer: { invoke: ${invoke} },
  }
  const require = (name) => {
    if (name === 'electron') return electron
    throw new Error('a sandboxed preload cannot require ' + name)
  }
  const module = { exports: {} }
  ;(function (require, module, exports) {
${bundle}
  })(require, module, module.exports)
})()`
}

/**
 * Electron's IPC replaced in `context`, and nothing else: the app's handlers registered by
 * registerIpc (channel names, sender-frame check, `dispatch`) on a stand-in ipcMain, reached from
 * the built preload run in every page (preloadInitScript). The e2e harness and the benchmarks'
 * both connect through this, so neither keeps a window.api of its own. `onChannel` sees every
 * channel invoked, in order.
 */
export async function connectPreload(
  context: BrowserContext,
  dispatch: Dispatch,
  trustedOrigin: string,
  options: { timed?: boolean; onChannel?: (channel: string) => void } = {},
): Promise<void> {
  const ipcMain = new FakeIpcMain()
  registerIpc(ipcMain as unknown as IpcMain, dispatch, trustedOrigin)
  await context.exposeBinding(IPC_BINDING, (source, channel: string, ...args: unknown[]) => {
    options.onChannel?.(channel)
    return ipcMain.invoke(channel, source.frame.url(), ...args)
  })
  await context.addInitScript(preloadInitScript({ timed: options.timed ?? false }))
}
