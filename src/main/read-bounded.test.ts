import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readBounded } from './read-bounded'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('readBounded', () => {
  it('reads a file up to the limit and refuses one over it', () => {
    dir = mkdtempSync(join(tmpdir(), 'ac-bounded-'))
    const file = join(dir, 'f')
    writeFileSync(file, 'abcd')
    expect(readBounded(file, 4)?.toString()).toBe('abcd')
    expect(readBounded(file, 3)).toBeNull()
  })

  it('never reads more than it measured: a file that grows after the check is refused', () => {
    dir = mkdtempSync(join(tmpdir(), 'ac-bounded-'))
    const file = join(dir, 'f')
    writeFileSync(file, 'small')
    const grow = () => appendFileSync(file, Buffer.alloc(1024 * 1024))
    expect(readBounded(file, 10 * 1024 * 1024, 'r', grow)).toBeNull()
  })
})
