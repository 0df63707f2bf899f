import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { channelOf, METHOD_NAMES } from '../src/shared/ipc/methods'
import { REPO_ROOT } from '../test/support/packs'

/** The built preload bundle: the harnesses run it in the page, as Electron runs it in the window. */
export const PRELOAD_BUNDLE = join(REPO_ROOT, 'out', 'preload', 'index.js')
/** The page-side end of the stand-in transport; the preload's ipcRenderer.invoke is its only user. */
export const IPC_BINDING = '__anotherClassIpcInvoke'

/**
 * Wraps the built preload so it runs in the page with Electron's transport replaced and nothing
 * else: `require('electron')` yields a contextBridge that defines `window.api` (frozen, as the
 * bridge's copy is) and an ipcRenderer whose invoke goes through the exposed binding to the real
 * ipcMain handlers. The binding itself is taken off `window`, so page scripts reach main only
 * through what the preload exposes. The e2e harness and the benchmarks' both run this, so neither
 * keeps a copy of the preload's window.api of its own.
 *
 * `timed` (the benchmarks): every call's method and its start and end in page time are appended
 * to `window.__apiCalls`, for the load breakdown.
 */
export function preloadInitScript(options: { timed?: boolean } = {}): string {
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
