import { chmodSync, existsSync, lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'

/*
 * The learner's files are theirs alone: progress, notes in exports, backups and caches are
 * created readable by the owner only, whatever the umask (022 makes them world-readable).
 */

/** Files: read and write by the owner only. */
export const PRIVATE_FILE_MODE = 0o600
/** Folders: the owner only. */
export const PRIVATE_DIR_MODE = 0o700

/** Creates `dir` (and parents) if needed and makes it the owner's only. Throws when it cannot be created. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  restrict(dir, PRIVATE_DIR_MODE)
}

/**
 * Makes existing files the owner's only (files written by an older version, a database SQLite
 * created): missing files are skipped, and a file system that refuses (read-only, not ours) is
 * left as it is — tightening permissions never stops the app.
 */
export function restrictFiles(...paths: string[]): void {
  for (const path of paths) if (existsSync(path)) restrict(path, PRIVATE_FILE_MODE)
}

function restrict(path: string, mode: number): void {
  try {
    // A symbolic link would pass the change on to whatever it points at.
    if (!lstatSync(path).isSymbolicLink()) chmodSync(path, mode)
  } catch {
    // Read-only file system, or a file we do not own.
  }
}

/**
 * Writes a temporary file that must be new: whatever is at `path` (a leftover of a crash, or a
 * symbolic link planted there) is removed, and the file is then created exclusively (`wx`), so
 * the write never follows a link and the content is never readable by others.
 */
export function writeNewPrivateFile(path: string, data: string | Uint8Array, options: { flush?: boolean } = {}): void {
  rmSync(path, { force: true })
  writeFileSync(path, data, { flag: 'wx', mode: PRIVATE_FILE_MODE, flush: options.flush ?? false })
}

/**
 * Writes a file the learner chose (an export) beside its target, then renames: a full disk leaves
 * no half-written file behind, and the content (notes, answers) is readable by its owner only.
 */
export function writePrivateFileAtomically(path: string, data: string | Uint8Array): void {
  const partial = `${path}.partial`
  try {
    writeNewPrivateFile(partial, data, { flush: true })
    renameSync(partial, path)
  } catch (err) {
    rmSync(partial, { force: true })
    throw err
  }
}
