import { constants } from 'node:fs'
import { AppError } from '../../shared/ipc/errors'
import {
  PROGRESS_FILE_FORMAT,
  PROGRESS_FILE_MAX_BYTES,
  PROGRESS_FILE_VERSION,
  ProgressFileHeaderSchema,
  ProgressFileSchema,
  type ProgressFile,
} from '../../shared/progress-file'
import { readBounded } from '../read-bounded'

/** Keys that could reach an object's prototype if some code ever copied them onto one. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function refuse(message: string): never {
  throw new AppError('invalid_file', message)
}

/**
 * Reads and validates an import file completely before anything is written: size cap (the size
 * taken and the bytes read through one handle, never more than the cap), UTF-8,
 * JSON, no prototype-polluting keys, the format and version, then the full schema (strict
 * objects, bounded values, stable ids, every row of the file's course). Any problem throws an
 * `invalid_file` AppError whose message says what is wrong.
 */
export function readProgressFile(path: string): ProgressFile {
  let bytes: Buffer | null
  try {
    bytes = readBounded(path, PROGRESS_FILE_MAX_BYTES, OPEN_FLAGS, (stat) => {
      if (!stat.isFile()) refuse('The chosen path is not a file.')
    })
  } catch (err) {
    if (err instanceof AppError) throw err
    return refuse('The file could not be opened.')
  }
  if (bytes === null) refuse(`The file is too large (at most ${PROGRESS_FILE_MAX_BYTES} bytes).`)
  if (bytes.length === 0) refuse('The file is empty.')
  return parseProgressFile(bytes)
}

// Non-blocking, so a named pipe chosen by mistake is refused instead of waited on.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** The checks of readProgressFile on bytes already read. */
export function parseProgressFile(bytes: Uint8Array): ProgressFile {
  if (bytes.length > PROGRESS_FILE_MAX_BYTES) refuse(`The file is too large (${bytes.length} bytes).`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return refuse('The file is not UTF-8 text.')
  }
  let data: unknown
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (HOSTILE_KEYS.has(key)) throw new HostileKeyError(key)
      return value
    })
  } catch (err) {
    if (err instanceof HostileKeyError)
      refuse(`The file contains the key "${err.key}", which a progress file never has.`)
    return refuse('The file is not valid JSON (it may be truncated).')
  }
  const header = ProgressFileHeaderSchema.safeParse(data)
  if (!header.success || header.data.format !== PROGRESS_FILE_FORMAT)
    refuse('This is not an Another Class Offline progress file.')
  const version = header.data.version
  if (version > PROGRESS_FILE_VERSION)
    refuse(`The file was made by a newer version of the app (format ${version}); update the app to import it.`)
  if (version !== PROGRESS_FILE_VERSION) refuse(`The file's format version ${version} is not supported.`)
  const parsed = ProgressFileSchema.safeParse(data)
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`)
      .join('; ')
    refuse(`The file does not match the progress file format: ${where}`)
  }
  return parsed.data as ProgressFile
}

class HostileKeyError extends Error {
  constructor(readonly key: string) {
    super(`hostile key ${key}`)
  }
}
