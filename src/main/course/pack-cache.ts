import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import type { LoadedPack } from './pack-types'

/**
 * Bump when what the loader produces changes (assemblePack, the renderer-facing schemas), so
 * caches written by an older app are ignored rather than trusted.
 */
export const CACHE_FORMAT = 4
const SUFFIX = `.v${CACHE_FORMAT}.bin`
/** Packs change rarely; a handful of versions covers switching between app builds. */
const KEEP_FILES = 8

type CachedPack = Omit<LoadedPack, 'dir'>

const isCachedPack = (value: unknown, hash: string): value is CachedPack => {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    v['hash'] === hash && [v['chapters'], v['questions'], v['diagrams'], v['sources']].every((m) => m instanceof Map)
  )
}

/**
 * Validated, assembled packs kept by content hash, so a start-up with an unchanged pack skips
 * YAML, Markdown and schema work (most of the start-up time). Same bytes, same hash, same
 * result; anything unreadable is ignored and the pack is simply loaded again.
 * Stored with V8's serializer rather than JSON: Maps survive as they are and reading is about
 * twice as fast for the mostly-Korean text (measured in bench/startup.ts).
 */
export function createPackCache(dir: string) {
  const fileOf = (hash: string) => join(dir, `${hash}${SUFFIX}`)
  return {
    read(hash: string, packDir: string): LoadedPack | null {
      try {
        const cached: unknown = deserialize(readFileSync(fileOf(hash)))
        return isCachedPack(cached, hash) ? { ...cached, dir: packDir } : null
      } catch {
        return null
      }
    },
    write(pack: LoadedPack): void {
      const { dir: _dir, ...cached } = pack
      try {
        mkdirSync(dir, { recursive: true })
        const file = fileOf(pack.hash)
        writeFileSync(`${file}.tmp`, serialize(cached))
        renameSync(`${file}.tmp`, file)
        prune(dir)
      } catch {
        // A read-only or full disk: the cache is only a speed-up.
      }
    },
  }
}

/** Drops other formats' files and all but the newest few, so edits to a pack do not pile up. */
function prune(dir: string): void {
  const files = readdirSync(dir).map((name) => ({ name, path: join(dir, name) }))
  const current = files
    .filter((f) => f.name.endsWith(SUFFIX))
    .map((f) => ({ ...f, mtime: statSync(f.path).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)
  const keep = new Set(current.slice(0, KEEP_FILES).map((f) => f.name))
  for (const f of files) if (!keep.has(f.name)) rmSync(f.path, { force: true, recursive: true })
}

export type PackCache = ReturnType<typeof createPackCache>
