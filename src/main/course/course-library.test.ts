import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCourseLibrary } from './course-library'
import { copyPack, fixturePack } from '../../../test/support/packs'

describe('createCourseLibrary', () => {
  it('loads the good packs and lists the broken ones without throwing', () => {
    const library = createCourseLibrary([fixturePack('broken-links'), fixturePack('mini'), fixturePack('no-such-pack')])
    expect(library.packs.map((p) => p.outline.id)).toEqual(['mini'])
    expect(library.get('mini')?.dir).toBe(fixturePack('mini'))
    expect(library.get('broken')).toBeUndefined()
    expect(library.broken.map((b) => [b.dir, b.problems.length])).toEqual([
      [fixturePack('broken-links'), 4],
      [fixturePack('no-such-pack'), 1],
    ])
  })

  it('makes a second pack with the same course id broken, at the line of its id', () => {
    const copy = copyPack('mini')
    writeFileSync(
      join(copy, 'course.yaml'),
      `# a copy\n\n${'id: mini\n'}title: 또 미니\nversion: 2.0.0\nlanguage: ko\nchapters: [01-first, 02-second]\n`,
    )
    const library = createCourseLibrary([fixturePack('mini'), copy])
    expect(library.packs).toHaveLength(1)
    expect(library.get('mini')?.outline.version).toBe('1.0.0')
    expect(library.broken).toEqual([
      {
        dir: copy,
        problems: [
          {
            file: 'course.yaml',
            line: 3,
            message: `course id "mini" is already used by the pack in the folder mini`,
          },
        ],
      },
    ])
  })
})
