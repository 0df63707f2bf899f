import { lstatSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { isSafeProseHtml } from '../../shared/course/prose-html'
import {
  ChapterContentSchema,
  CourseManifestSchema,
  CourseOutlineSchema,
  DiagramSchema,
  GlossaryEntrySchema,
  IdSchema,
  QuestionSchema,
} from '../../shared/course/schema'
import { ensurePrivateDir, writeNewPrivateFile } from '../private-files'
import { readBounded } from '../read-bounded'
import type { LoadedPack } from './pack-types'

/**
 * Bump when what the loader produces changes (assemblePack, the renderer-facing schemas), so
 * caches written by an older app are ignored rather than trusted.
 */
export const CACHE_FORMAT = 5
const SUFFIX = `.v${CACHE_FORMAT}.json`
/** Packs change rarely; a handful of versions covers switching between app builds. */
const KEEP_FILES = 8
/** Far above any pack the loader accepts once rendered: a larger file is not ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024

/**
 * The file's shape. The cache sits in the profile folder, which is not more trusted than the
 * pack itself, so everything read back passes the same schemas as the pack did, and every prose
 * block must be HTML a valid pack's Markdown renders to (`isSafeProseHtml`).
 */
const CachedPackSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  hash: z.string(),
  manifest: CourseManifestSchema,
  outline: CourseOutlineSchema,
  chapters: z.array(ChapterContentSchema),
  /** Each question with the id of the chapter whose checkpoints file defines it. */
  questions: z.array(z.tuple([IdSchema, QuestionSchema])),
  diagrams: z.array(DiagramSchema),
  glossary: z.array(GlossaryEntrySchema),
  sources: z.array(
    z.tuple([
      IdSchema,
      z.object({
        file: z.string(),
        checkpointsFile: z.string(),
        hangulSyllables: z.number().int().min(0),
        literalEmphasisLines: z.array(z.number().int().min(1)),
      }),
    ]),
  ),
})
type CachedPack = z.infer<typeof CachedPackSchema>

const toCached = (pack: LoadedPack): CachedPack => ({
  format: CACHE_FORMAT,
  hash: pack.hash,
  manifest: pack.manifest,
  outline: pack.outline,
  chapters: [...pack.chapters.values()],
  questions: [...pack.questions.values()].map(({ chapterId, ...question }) => [chapterId, question]),
  diagrams: [...pack.diagrams.values()],
  glossary: pack.glossary,
  sources: [...pack.sources],
})

const fromCached = (cached: CachedPack, dir: string): LoadedPack => ({
  dir,
  hash: cached.hash,
  manifest: cached.manifest,
  outline: cached.outline,
  chapters: new Map(cached.chapters.map((c) => [c.id, c])),
  questions: new Map(cached.questions.map(([chapterId, q]) => [q.id, { ...q, chapterId }])),
  diagrams: new Map(cached.diagrams.map((d) => [d.id, d])),
  glossary: cached.glossary,
  sources: new Map(cached.sources),
})

const proseIsSafe = (cached: CachedPack): boolean =>
  cached.chapters.every((c) =>
    c.sections.every((s) => s.blocks.every((b) => b.kind !== 'prose' || isSafeProseHtml(b.html))),
  )

/**
 * Validated, assembled packs kept by content hash, so a start-up with an unchanged pack skips
 * YAML and Markdown parsing (most of the start-up time). Same bytes, same hash, same result;
 * anything unreadable or not shaped like a valid pack is ignored and the pack is loaded again.
 * Stored as JSON and checked again on every read (see CachedPackSchema): a file planted in the
 * profile folder can at worst show what a valid pack could show.
 */
export function createPackCache(dir: string) {
  const fileOf = (hash: string) => join(dir, `${hash}${SUFFIX}`)
  return {
    read(hash: string, packDir: string): LoadedPack | null {
      try {
        if (!isOwnFolder(dir)) return null
        const bytes = readBounded(fileOf(hash), MAX_CACHE_BYTES)
        if (bytes === null) return null
        const parsed = CachedPackSchema.safeParse(JSON.parse(bytes.toString('utf8')))
        if (!parsed.success || parsed.data.hash !== hash || !proseIsSafe(parsed.data)) return null
        return fromCached(parsed.data, packDir)
      } catch {
        return null
      }
    },
    write(pack: LoadedPack): void {
      try {
        ensurePrivateDir(dir)
        if (!isOwnFolder(dir)) return
        const file = fileOf(pack.hash)
        writeNewPrivateFile(`${file}.tmp`, JSON.stringify(toCached(pack)))
        renameSync(`${file}.tmp`, file)
        prune(dir)
      } catch {
        // A read-only or full disk: the cache is only a speed-up.
      }
    },
  }
}

/** The cache's own file names, of this format and older ones, and the temporary file of a write. */
const CACHE_FILE = /^[0-9a-f]{64}\.v\d+\.(?:bin|json)(?:\.tmp)?$/

/**
 * Drops other formats' files and all but the newest few, so edits to a pack do not pile up.
 * Only plain files named like the cache's own are deleted, one by one, never a folder: whatever
 * else someone keeps in the folder stays.
 */
function prune(dir: string): void {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && CACHE_FILE.test(entry.name))
    .map((entry) => ({ name: entry.name, path: join(dir, entry.name) }))
  const current = files
    .filter((f) => f.name.endsWith(SUFFIX))
    .map((f) => ({ ...f, mtime: statSync(f.path).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)
  const keep = new Set(current.slice(0, KEEP_FILES).map((f) => f.name))
  for (const f of files) if (!keep.has(f.name)) unlinkSync(f.path)
}

/** A cache folder that is a symbolic link points somewhere we did not create: leave it alone. */
function isOwnFolder(dir: string): boolean {
  try {
    return lstatSync(dir).isDirectory()
  } catch {
    return false
  }
}

export type PackCache = ReturnType<typeof createPackCache>
