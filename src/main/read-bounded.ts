import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs'

/**
 * A file's bytes through one handle, or null when it holds more than `limit` bytes. The size
 * is taken from the open handle and the read stops one byte past it, so a file that grows or
 * is swapped between the check and the read cannot make it read more.
 */
export function readBounded(
  file: string,
  limit: number,
  flags: string | number = 'r',
  /** Sees what was opened before anything is read, and may throw to refuse it. */
  check?: (stat: Stats) => void,
): Buffer | null {
  const fd = openSync(file, flags)
  try {
    const stat = fstatSync(fd)
    check?.(stat)
    const size = stat.size
    if (size > limit) return null
    const buffer = Buffer.allocUnsafe(size + 1)
    let length = 0
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null)
      if (n === 0) break
      length += n
      if (length === buffer.length) return null
    }
    return buffer.subarray(0, length)
  } finally {
    closeSync(fd)
  }
}
