import { lstatSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { isSafeProseHtml } from '../../shared/course/prose-html'
import {
  type ChapterContent,
  ChapterContentSchema,
  CourseOutlineSchema,
  DiagramSchema,
  type GlossaryEntry,
  GlossaryEntrySchema,
  IdSchema,
  QuestionSchema,
} from '../../shared/course/schema'
import { ensurePrivateDir, writeNewPrivateFile } from '../private-files'
import { readBounded } from '../read-bounded'
import { CheckedMap } from './checked-entries'
import { PARSE_ONCE } from './parse-once'
import { ChapterSourceInfoSchema, type LoadedPack, type OwnedQuestion } from './pack-types'

/**
 * Bump when what the loader produces changes (assemblePack, the renderer-facing schemas), so
 * caches written by an older app are ignored rather than trusted.
 */
export const CACHE_FORMAT = 7
const SUFFIX = `.v${CACHE_FORMAT}.pack`
/** Packs change rarely; a handful of versions covers switching between app builds. */
const KEEP_FILES = 8
/** Far above any pack the loader accepts once rendered: a larger file is not ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024

/**
 * The file's first line. The cache sits in the profile folder, which is not more trusted than the
 * pack itself, so everything read back passes the same schemas as the pack did, and every prose
 * block must be HTML a valid pack's Markdown renders to (`isSafeProseHtml`). What a start-up needs
 * (the outline) is in this line and checked on reading the file; each chapter,
 * question and diagram, the glossary and the sources follow it as JSON of their own, each parsed
 * and checked when first read (`CheckedMap`).
 */
const CachedHeadSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  hash: z.string(),
  outline: CourseOutlineSchema,
  /**
   * The pieces' ids, in the order the pieces follow the head. An id is compared with its piece's
   * own once that is read.
   */
  chapters: z.array(z.string()),
  /** A question's piece is `[the id of the chapter whose checkpoints file defines it, question]`. */
  questions: z.array(z.string()),
  diagrams: z.array(z.string()),
  /**
   * Where each piece ends, in bytes after the head line: the chapters', questions' and diagrams',
   * then the glossary's and the sources'; each starts where the one before ends. Left unchecked
   * here (a check per number, at every start, guards nothing more): an end that is not one slices
   * out something that is not the piece's JSON, and the piece fails its own check.
   */
  ends: z.array(z.number()),
})
type CachedHead = z.infer<typeof CachedHeadSchema>
/** [start, end) in bytes after the head line. */
type Span = [number, number]

const OwnedQuestionSchema = z.tuple([IdSchema, QuestionSchema])
const GlossarySchema = z.array(GlossaryEntrySchema)
const SourcesSchema = z.array(z.tuple([IdSchema, ChapterSourceInfoSchema]))

/** The head line, then every piece's JSON, one after another. */
function toCacheFile(pack: LoadedPack): Buffer {
  const pieces: Buffer[] = []
  const ends: number[] = []
  const place = (value: unknown) => {
    const bytes = Buffer.from(JSON.stringify(value))
    pieces.push(bytes)
    ends.push((ends.at(-1) ?? 0) + bytes.length)
  }
  const ids = (values: Iterable<{ id: string }>) => [...values].map((value) => value.id)
  for (const chapter of pack.chapters.values()) place(chapter)
  for (const { chapterId, ...question } of pack.questions.values()) place([chapterId, question])
  for (const diagram of pack.diagrams.values()) place(diagram)
  place(pack.glossary)
  place([...pack.sources])
  const head: CachedHead = {
    format: CACHE_FORMAT,
    hash: pack.hash,
    outline: pack.outline,
    chapters: ids(pack.chapters.values()),
    questions: ids(pack.questions.values()),
    diagrams: ids(pack.diagrams.values()),
    ends,
  }
  // JSON.stringify never writes a raw line break, so the first one ends the head.
  return Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), ...pieces])
}

/** `bytes` as JSON checked by `schema`, or null when it is not JSON or does not pass. */
function parseChecked<T>(schema: z.ZodType<T>, bytes: Buffer): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(bytes.toString('utf8')), PARSE_ONCE)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * The pack the cache file describes, or null when its head does not list as many pieces as it
 * places. `reload` loads the pack from its files instead; it is asked for (once) when a piece
 * read later fails its check, and every piece is then taken from it.
 */
function fromCached(head: CachedHead, body: Buffer, dir: string, reload: () => LoadedPack | null): LoadedPack | null {
  const { chapters, questions, diagrams, ends } = head
  if (ends.length !== chapters.length + questions.length + diagrams.length + 2) return null
  let reloaded: LoadedPack | null | undefined
  const fresh = () => (reloaded === undefined ? (reloaded = reload()) : reloaded)
  let next = 0
  const nextSpan = (): Span => [next === 0 ? 0 : (ends[next - 1] ?? 0), ends[next++] ?? 0]
  const spans = (ids: string[]) => ids.map((id): [string, Span] => [id, nextSpan()])
  const piece = <T>(schema: z.ZodType<T>, [start, end]: Span) =>
    Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start <= end && end <= body.length
      ? parseChecked(schema, body.subarray(start, end))
      : null
  const chapterSpans = spans(chapters)
  const questionSpans = spans(questions)
  const diagramSpans = spans(diagrams)
  const glossarySpan = nextSpan()
  const sourcesSpan = nextSpan()
  let glossary: GlossaryEntry[] | undefined
  let sources: LoadedPack['sources'] | undefined
  return {
    dir,
    hash: head.hash,
    outline: head.outline,
    chapters: new CheckedMap(
      chapterSpans,
      (span, id) => {
        const chapter = piece(ChapterContentSchema, span)
        return chapter?.id === id && proseIsSafe(chapter) ? chapter : null
      },
      () => fresh()?.chapters ?? new Map(),
    ),
    questions: new CheckedMap(
      questionSpans,
      (span, id): OwnedQuestion | null => {
        const [chapterId, question] = piece(OwnedQuestionSchema, span) ?? []
        return chapterId && question?.id === id ? { ...question, chapterId } : null
      },
      () => fresh()?.questions ?? new Map(),
    ),
    diagrams: new CheckedMap(
      diagramSpans,
      (span, id) => {
        const diagram = piece(DiagramSchema, span)
        return diagram?.id === id ? diagram : null
      },
      () => fresh()?.diagrams ?? new Map(),
    ),
    get glossary() {
      glossary ??= piece(GlossarySchema, glossarySpan) ?? fresh()?.glossary ?? []
      return glossary
    },
    get sources() {
      if (!sources) {
        const checked = piece(SourcesSchema, sourcesSpan)
        sources = checked ? new Map(checked) : (fresh()?.sources ?? new Map())
      }
      return sources
    },
  }
}

const proseIsSafe = (chapter: ChapterContent): boolean =>
  chapter.sections.every((s) => s.blocks.every((b) => b.kind !== 'prose' || isSafeProseHtml(b.html)))

/**
 * Validated, assembled packs kept by content hash, so a start-up with an unchanged pack skips
 * YAML and Markdown parsing (most of the start-up time). Same bytes, same hash, same result;
 * anything unreadable or not shaped like a valid pack is ignored and the pack is loaded again.
 * Stored as JSON and checked again on every read (see CachedHeadSchema): a file planted in the
 * profile folder can at worst show what a valid pack could show.
 */
export function createPackCache(dir: string) {
  const fileOf = (hash: string) => join(dir, `${hash}${SUFFIX}`)
  return {
    /** `reload`: the pack from its own files, for a piece that fails its check later. */
    read(hash: string, packDir: string, reload: () => LoadedPack | null): LoadedPack | null {
      try {
        if (!isOwnFolder(dir)) return null
        const bytes = readBounded(fileOf(hash), MAX_CACHE_BYTES)
        const headEnd = bytes?.indexOf(0x0a) ?? -1
        if (!bytes || headEnd < 0) return null
        const head = parseChecked(CachedHeadSchema, bytes.subarray(0, headEnd))
        if (head?.hash !== hash) return null
        return fromCached(head, bytes.subarray(headEnd + 1), packDir, reload)
      } catch {
        return null
      }
    },
    write(pack: LoadedPack): void {
      try {
        ensurePrivateDir(dir)
        if (!isOwnFolder(dir)) return
        const file = fileOf(pack.hash)
        writeNewPrivateFile(`${file}.tmp`, toCacheFile(pack))
        renameSync(`${file}.tmp`, file)
        prune(dir)
      } catch {
        // A read-only or full disk: the cache is only a speed-up.
      }
    },
  }
}

/** The cache's own file names, of this format and older ones, and the temporary file of a write. */
const CACHE_FILE = /^[0-9a-f]{64}\.v\d+\.(?:bin|json|pack)(?:\.tmp)?$/

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
