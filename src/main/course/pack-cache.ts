import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LoadedPack } from './pack-types'

/**
 * Bump when what the loader produces changes (assemblePack, the renderer-facing schemas), so
 * caches written by an older app are ignored rather than trusted.
 */
const CACHE_FORMAT = 1

type CachedPack = Omit<LoadedPack, 'dir'>

/**
 * Validated, assembled packs kept by content hash, so a start-up with an unchanged pack skips
 * YAML, Markdown and schema work (most of the start-up time). Same bytes, same hash, same
 * result; anything unreadable is ignored and the pack is simply loaded again.
 */
export function createPackCache(dir: string) {
  const fileOf = (hash: string) => join(dir, `${hash}.v${CACHE_FORMAT}.json`)
  return {
    read(hash: string, packDir: string): LoadedPack | null {
      try {
        const raw = JSON.parse(readFileSync(fileOf(hash), 'utf8')) as Record<string, unknown>
        if (raw['hash'] !== hash) return null
        const entries = (key: string) => new Map(raw[key] as [string, never][])
        return {
          ...(raw as unknown as CachedPack),
          dir: packDir,
          chapters: entries('chapters'),
          questions: entries('questions'),
          diagrams: entries('diagrams'),
          sources: entries('sources'),
        }
      } catch {
        return null
      }
    },
    write(pack: LoadedPack): void {
      const { dir: _dir, ...rest } = pack
      const plain = {
        ...rest,
        chapters: [...pack.chapters],
        questions: [...pack.questions],
        diagrams: [...pack.diagrams],
        sources: [...pack.sources],
      }
      try {
        mkdirSync(dir, { recursive: true })
        const file = fileOf(pack.hash)
        writeFileSync(`${file}.tmp`, JSON.stringify(plain))
        renameSync(`${file}.tmp`, file)
      } catch {
        // A read-only or full disk: the cache is only a speed-up.
      }
    },
  }
}

export type PackCache = ReturnType<typeof createPackCache>
