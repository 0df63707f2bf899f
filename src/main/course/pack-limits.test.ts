import { appendFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPack } from './load-pack'
import type { PackProblem } from './pack-types'
import { copyPack } from '../../../test/support/packs'

const CHAPTER = 'chapters/01-first.md'
const MAX_PACK_FILE_BYTES = 2 * 1024 * 1024
const MAX_PACK_BYTES = 20 * 1024 * 1024

function problemsOf(dir: string): PackProblem[] {
  const result = loadPack(dir)
  return result.ok ? [] : result.problems
}

describe('a pack that reaches outside itself or is too large', () => {
  it('refuses a symbolic link to a device, naming the file', () => {
    const dir = copyPack('mini')
    rmSync(join(dir, CHAPTER))
    symlinkSync('/dev/zero', join(dir, CHAPTER))
    expect(problemsOf(dir)).toContainEqual({
      file: CHAPTER,
      line: 1,
      message: 'symbolic links are not allowed in a pack: put the file itself here',
    })
  })

  it('refuses a link to a file outside the pack and a folder that links back to itself', () => {
    const dir = copyPack('mini')
    const outside = join(dir, '..', 'outside.md')
    writeFileSync(outside, readFileSync(join(dir, CHAPTER)))
    rmSync(join(dir, CHAPTER))
    symlinkSync(outside, join(dir, CHAPTER))
    symlinkSync(dir, join(dir, 'chapters', 'loop'))
    const files = problemsOf(dir)
      .filter((p) => p.message.startsWith('symbolic links'))
      .map((p) => p.file)
      .sort()
    expect(files).toEqual(['chapters/01-first.md', 'chapters/loop'])
  })

  it('refuses a file over the per-file limit without reading it whole', () => {
    const dir = copyPack('mini')
    appendFileSync(join(dir, CHAPTER), `\n${'가'.repeat(MAX_PACK_FILE_BYTES / 3 + 10)}\n`)
    expect(problemsOf(dir)).toContainEqual({
      file: CHAPTER,
      line: 1,
      message: 'the file is 2 MB; a pack file may be at most 2 MB',
    })
  })

  it('refuses files that take the pack over its total limit', () => {
    const dir = copyPack('mini')
    mkdirSync(join(dir, 'extra'))
    const chunk = Buffer.alloc(MAX_PACK_FILE_BYTES - 1024, 0x61)
    for (let i = 0; i < MAX_PACK_BYTES / chunk.length + 1; i++) writeFileSync(join(dir, 'extra', `f${i}.txt`), chunk)
    const over = problemsOf(dir).filter((p) => p.message.includes('takes the pack over 20 MB'))
    expect(over.length).toBeGreaterThan(0)
    expect(over.every((p) => p.file.startsWith('extra/') && p.line === 1)).toBe(true)
  })
})

describe('text a pack cannot be trusted to hold', () => {
  it('reports bytes that are not UTF-8 with their file and line', () => {
    const dir = copyPack('mini')
    const text = readFileSync(join(dir, CHAPTER))
    const line13 = text.indexOf('\n', nthLineStart(text, 12))
    writeFileSync(
      join(dir, CHAPTER),
      Buffer.concat([text.subarray(0, line13), Buffer.from([0xc3, 0x28]), text.subarray(line13)]),
    )
    expect(problemsOf(dir)).toContainEqual({
      file: CHAPTER,
      line: 13,
      message: 'this line has bytes that are not UTF-8: save the file as UTF-8',
    })
  })

  it('names the YAML file and line where aliases would expand without bound', () => {
    const dir = copyPack('mini')
    const bomb = [
      'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '',
    ].join('\n')
    writeFileSync(join(dir, 'glossary.yaml'), bomb)
    const problems = problemsOf(dir)
    expect(problems.filter((p) => p.message.includes('alias'))).toEqual([
      {
        file: 'glossary.yaml',
        line: 2,
        message: 'too many YAML aliases (*name) expand here: at most 100 are allowed',
      },
    ])
  })
})

function nthLineStart(bytes: Buffer, n: number): number {
  let at = 0
  for (let i = 0; i < n; i++) at = bytes.indexOf(0x0a, at) + 1
  return at
}
