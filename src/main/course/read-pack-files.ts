import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Every file of a pack, keyed by its path relative to the pack folder (forward slashes). */
export interface PackFiles {
  files: Map<string, Buffer>
  /** sha256 over every file's relative path and bytes, in path order: changes when anything changes. */
  hash: string
}

/**
 * Reads a whole pack into memory (packs are small, and read once at start-up). Dotfiles such as
 * .DS_Store are left out so they do not change the hash. Throws only for an unreadable folder.
 */
export function readPackFiles(dir: string): PackFiles {
  const files = new Map<string, Buffer>()
  const walk = (relDir: string): void => {
    const entries = readdirSync(join(dir, relDir), { withFileTypes: true })
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name
      const abs = join(dir, rel)
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statSync(abs).isDirectory())
      if (isDir) walk(rel)
      else files.set(rel, readFileSync(abs))
    }
  }
  walk('')
  return { files, hash: hashFiles(files) }
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
