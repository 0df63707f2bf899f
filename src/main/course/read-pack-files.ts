import { isUtf8 } from 'node:buffer'
import { createHash } from 'node:crypto'
import { constants, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { PackProblem } from '../../shared/course/schema'
import { readBounded } from '../read-bounded'

/** A pack file larger than this is refused: the longest chapter of the course is ~30 KB. */
export const MAX_PACK_FILE_BYTES = 2 * 1024 * 1024
/** A pack larger than this in all is refused (the bundled pack is ~0.2 MB). */
export const MAX_PACK_BYTES = 20 * 1024 * 1024

/** Every file of a pack, keyed by its path relative to the pack folder (forward slashes). */
export interface PackFiles {
  files: Map<string, Buffer>
  /** sha256 over every file's relative path and bytes, in path order: changes when anything changes. */
  hash: string
  /** Entries refused: symbolic links, special files, files over the size limits. */
  problems: PackProblem[]
}

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
// Where the platform has it, a link swapped in after the check still cannot be followed.
const NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)
const NOT_PLAIN = new Error('not a plain file')

/**
 * Reads a whole pack into memory (packs are small, and read once at start-up). Dotfiles such as
 * .DS_Store are left out so they do not change the hash. Symbolic links (which could point at a
 * device, a loop or a file outside the pack) and special files are refused, and so are files over
 * MAX_PACK_FILE_BYTES and whatever takes the pack over MAX_PACK_BYTES, each as a problem of its
 * own. Throws only for an unreadable folder.
 */
export function readPackFiles(dir: string): PackFiles {
  const files = new Map<string, Buffer>()
  const problems: PackProblem[] = []
  let total = 0
  const refuse = (file: string, message: string) => problems.push({ file, line: 1, message })
  const walk = (relDir: string): void => {
    const entries = readdirSync(join(dir, relDir), { withFileTypes: true })
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name
      // The entry's own type, as the folder lists it: a link is never followed to learn it.
      if (entry.isSymbolicLink()) refuse(rel, 'symbolic links are not allowed in a pack: put the file itself here')
      else if (entry.isDirectory()) walk(rel)
      else if (!entry.isFile()) refuse(rel, 'only plain files and folders are allowed in a pack')
      else readFile(rel)
    }
  }
  const readFile = (rel: string): void => {
    // The size comes from the open handle, so nothing is read of a file over either limit.
    let size = 0
    const limit = Math.min(MAX_PACK_FILE_BYTES, MAX_PACK_BYTES - total)
    let bytes: Buffer | null = null
    try {
      bytes = readBounded(join(dir, rel), limit, NO_FOLLOW, (stat) => {
        size = stat.isFile() ? stat.size : -1
        // Swapped for something else since the folder was listed: stop before reading it.
        if (size < 0) throw NOT_PLAIN
      })
    } catch (err) {
      if (err !== NOT_PLAIN) throw err
    }
    if (size < 0) refuse(rel, 'only plain files and folders are allowed in a pack')
    else if (bytes) {
      total += bytes.length
      files.set(rel, bytes)
    } else if (size > MAX_PACK_FILE_BYTES)
      refuse(rel, `the file is ${MB(size)}; a pack file may be at most ${MB(MAX_PACK_FILE_BYTES)}`)
    else if (total + size > MAX_PACK_BYTES)
      refuse(rel, `this file takes the pack over ${MB(MAX_PACK_BYTES)}, the most a pack may hold`)
    else refuse(rel, `the file grew past ${MB(limit)} while it was read`)
  }
  walk('')
  return { files, hash: hashFiles(files), problems }
}

export function hashFiles(files: ReadonlyMap<string, Buffer>): string {
  const hash = createHash('sha256')
  for (const path of [...files.keys()].sort()) {
    const bytes = files.get(path) ?? Buffer.alloc(0)
    // Length-prefix both parts so no two different packs can feed the same byte stream.
    hash.update(`${Buffer.byteLength(path)}:${path}:${bytes.length}:`)
    hash.update(bytes)
  }
  return hash.digest('hex')
}

/** Decodes a pack text file: UTF-8, without a byte-order mark, with LF line ends. */
export function decodeText(bytes: Buffer): string {
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
}

/**
 * The 1-based line of the first byte that is not valid UTF-8, or null when all of it is. Bytes
 * up to the first bad sequence decode and encode back unchanged, so the first difference is it.
 */
export function invalidUtf8Line(bytes: Buffer): number | null {
  if (isUtf8(bytes)) return null
  const again = Buffer.from(bytes.toString('utf8'))
  let at = 0
  while (at < bytes.length && bytes[at] === again[at]) at += 1
  let line = 1
  for (let i = 0; i < at; i += 1) if (bytes[i] === 0x0a) line += 1
  return line
}
