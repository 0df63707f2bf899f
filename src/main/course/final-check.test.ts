import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPack } from './load-pack'
import { copyPack, fixturePack } from '../../../test/support/packs'

const problemsOf = (dir: string) => {
  const result = loadPack(dir)
  return result.ok ? [] : result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)
}

/** The mini pack with final-check.yaml edited by `change`. */
function withFinalCheck(change: (yaml: string) => string): string {
  const dir = copyPack('mini')
  const file = join(dir, 'final-check.yaml')
  writeFileSync(file, change(readFileSync(file, 'utf8')))
  return dir
}

describe('final-check.yaml', () => {
  it('lists its questions in the outline, owned by the chapter that teaches each, apart from chapter checks', () => {
    const result = loadPack(fixturePack('mini'))
    if (!result.ok) throw new Error('mini pack must load')
    const { pack } = result
    expect(pack.outline.finalCheck).toEqual(['q-final-multiple', 'q-final-tf'])
    expect(pack.questions.get('q-final-multiple')).toMatchObject({ chapterId: 'first', section: 'body' })
    expect(pack.questions.get('q-final-tf')).toMatchObject({ chapterId: 'second', section: 'start' })
    expect(pack.questions.get('q-final-tf')).not.toHaveProperty('chapter')
    expect(pack.outline.chapters.flatMap((c) => c.questionIds)).not.toContain('q-final-tf')
    expect([...pack.chapters.values()].flatMap((c) => c.questions.map((q) => q.id))).not.toContain('q-final-tf')
  })

  it('may be left out', () => {
    const result = loadPack(fixturePack('key-balanced'))
    expect(result.ok && result.pack.outline.finalCheck).toEqual([])
  })

  it('needs each question to name a chapter, a section of that chapter, and an id of its own', () => {
    const dir = withFinalCheck((yaml) =>
      yaml
        .replace('chapter: first', 'chapter: frist')
        .replace('section: start', 'section: body')
        .replace('id: q-final-multiple', 'id: q-second-tf'),
    )
    expect(problemsOf(dir)).toEqual([
      'final-check.yaml:2: duplicate question id "q-second-tf" (first defined at checkpoints/02-second.yaml:1)',
      'final-check.yaml:15: question "q-final-tf": section "body" is not a section of chapters/02-second.md (sections: start, summary)',
    ])
    const unknown = withFinalCheck((yaml) => yaml.replace('chapter: first', 'chapter: frist'))
    expect(problemsOf(unknown)).toEqual([
      'final-check.yaml:4: question "q-final-multiple": unknown chapter "frist" (chapter ids: first, second)',
    ])
  })

  it('has the checkpoint shape plus a required chapter', () => {
    const dir = withFinalCheck((yaml) => yaml.replace('  chapter: second\n', ''))
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^final-check\.yaml:12: question "q-final-tf": .*chapter/)])
  })

  it('is never placed in a chapter, and holds at least one question when it is there', () => {
    const dir = copyPack('mini')
    const chapter = join(dir, 'chapters/01-first.md')
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n\`\`\`checkpoint\nq-final-tf\n\`\`\`\n`)
    writeFileSync(join(dir, 'final-check.yaml'), readFileSync(join(dir, 'final-check.yaml'), 'utf8'))
    expect(problemsOf(dir)).toEqual([
      'chapters/01-first.md:37: question "q-final-tf" belongs to final-check.yaml: the final check is not placed in a chapter',
    ])
    expect(problemsOf(withFinalCheck(() => '[]\n'))).toEqual([
      'final-check.yaml:1: the final check needs at least one question (or leave the file out)',
    ])
  })
})
