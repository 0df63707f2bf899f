import { createRequire } from 'node:module'

/**
 * A dependency loaded at its first use instead of when main starts. For the parsers that only a
 * pack without a valid cache needs (YAML, Markdown): a warm start never loads them, which keeps
 * them out of the main process's memory. The type comes from an `import type` at the call site.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= createRequire(__filename)(id) as T)
}
