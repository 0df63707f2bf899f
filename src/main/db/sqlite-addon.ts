import { createRequire } from 'node:module'

/**
 * Node's build of better-sqlite3's addon, by path, when running under plain Node (tests, the
 * benchmarks, tools). Given no path, better-sqlite3 searches for its addon with the `bindings`
 * package, which costs about 1 ms per start; the app passes its Electron build's path instead
 * (see paths.ts). Undefined inside Electron or if the file is not where a normal install puts it.
 */
export function nodeAddonPath(): string | undefined {
  if (process.versions.electron) return undefined
  try {
    return createRequire(__filename).resolve('better-sqlite3/build/Release/better_sqlite3.node')
  } catch {
    return undefined
  }
}
