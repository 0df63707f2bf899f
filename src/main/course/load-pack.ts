import { existsSync, statSync } from 'node:fs'
import { assemblePack } from './assemble-pack'
import type { PackCache } from './pack-cache'
import type { PackLoadResult } from './pack-types'
import { readPackFiles } from './read-pack-files'
import { readPackSources } from './read-pack-sources'
import { validatePack } from './validate-pack'

/**
 * Loads and validates one course pack folder. Never throws: every problem found (all of them,
 * not just the first) comes back with its file, relative to `dir`, and 1-based line.
 */
export function loadPack(dir: string, cache?: PackCache): PackLoadResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { ok: false, dir, problems: [{ file: '', line: 1, message: 'the pack folder was not found' }] }
  }
  try {
    const { files, hash, problems: refused } = readPackFiles(dir)
    // A file left unread would only be reported again as missing, with its references: stop here.
    if (refused.length > 0) return { ok: false, dir, problems: sortProblems(refused) }
    // A piece of the cache that fails its check later is taken from the files, and the cache
    // file written anew for the next start.
    const cached = cache?.read(hash, dir, () => {
      const again = loadPack(dir)
      if (!again.ok) return null
      cache.write(again.pack)
      return again.pack
    })
    if (cached) return { ok: true, pack: cached }
    const sources = readPackSources(files)
    const problems = [...sources.problems, ...validatePack(sources)]
    if (problems.length > 0 || !sources.manifest) return { ok: false, dir, problems: sortProblems(problems) }
    const pack = assemblePack(dir, hash, sources.manifest, sources)
    cache?.write(pack)
    return { ok: true, pack }
  } catch (error) {
    // An unreadable file or a bug in the loader: the app still starts and shows the pack as broken.
    // The message names the error code only (the error's text holds absolute paths); the error
    // itself rides along for the main-process log.
    const code = (error as { code?: unknown } | null)?.code
    const message = `could not read the pack${typeof code === 'string' ? ` (${code})` : ''}`
    return { ok: false, dir, problems: [{ file: '', line: 1, message }], error }
  }
}

/** By file, then line, so the list reads like a compiler's output. Stable within a line. */
function sortProblems<T extends { file: string; line: number }>(problems: T[]): T[] {
  return [...problems].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1))
}
