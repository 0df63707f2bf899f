import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { loadPack } from './load-pack'
import type { PackCache } from './pack-cache'
import { MANIFEST_FILE } from './load-manifest'
import type { LoadedPack, PackProblem } from './pack-types'
import { decodeText } from './read-pack-files'
import { parseYaml } from './read-yaml'

export interface BrokenPack {
  /** The pack folder's full path: main only, the renderer gets its name (packFolderName). */
  dir: string
  problems: PackProblem[]
  /** What stopped the loader, when it was not a problem of the pack: for the log. */
  error?: unknown
}

/** How a pack folder is named to the renderer: its name, not where it sits on the disk. */
export const packFolderName = (dir: string): string => basename(dir)

export interface CourseLibrary {
  packs: LoadedPack[]
  broken: BrokenPack[]
  get(courseId: string): LoadedPack | undefined
}

/**
 * Loads every pack folder. A broken pack never throws and never stops the others; a pack whose
 * course id an earlier pack already uses is broken (the first one wins, in `dirs` order).
 */
export function createCourseLibrary(dirs: readonly string[], cache?: PackCache): CourseLibrary {
  const byId = new Map<string, LoadedPack>()
  const broken: BrokenPack[] = []
  for (const dir of dirs) {
    const result = loadPack(dir, cache)
    if (!result.ok) {
      broken.push({ dir: result.dir, problems: result.problems, ...(result.error ? { error: result.error } : {}) })
      continue
    }
    const { pack } = result
    const first = byId.get(pack.outline.id)
    if (first) {
      broken.push({
        dir,
        problems: [
          {
            file: MANIFEST_FILE,
            line: manifestIdLine(dir),
            message: `course id "${pack.outline.id}" is already used by the pack in the folder ${packFolderName(first.dir)}`,
          },
        ],
      })
      continue
    }
    byId.set(pack.outline.id, pack)
  }
  const packs = [...byId.values()]
  return { packs, broken, get: (courseId) => byId.get(courseId) }
}

function manifestIdLine(dir: string): number {
  const path = join(dir, MANIFEST_FILE)
  if (!existsSync(path)) return 1
  const parsed = parseYaml(decodeText(readFileSync(path)), MANIFEST_FILE)
  return parsed.ok ? parsed.source.lineOf(['id']) : 1
}
