import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ChapterContentSchema, CourseOutlineSchema } from '../../shared/course/schema'
import { loadPack } from './load-pack'
import type { LoadedPack, PackProblem } from './pack-types'
import { copyPack, fixturePack } from '../../../test/support/packs'

function loadOk(dir: string): LoadedPack {
  const result = loadPack(dir)
  if (!result.ok)
    throw new Error(
      `expected ${dir} to load:\n${result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}`,
    )
  return result.pack
}

describe('loadPack on the mini pack', () => {
  const pack = loadOk(fixturePack('mini'))

  it('builds the outline in reading order with stable ids', () => {
    expect(CourseOutlineSchema.parse(pack.outline)).toEqual(pack.outline)
    expect(pack.outline).toMatchObject({ id: 'mini', version: '1.0.0', language: 'ko', mastery: 0.8 })
    expect(pack.outline.chapters.map((c) => [c.id, c.sections.map((s) => s.id), c.questionIds])).toEqual([
      ['first', ['intro', 'body', 'summary'], ['q-first-single', 'q-first-order']],
      ['second', ['start', 'summary'], ['q-second-tf', 'q-second-match']],
    ])
  })

  it('splits a chapter into prose, diagram and checkpoint blocks', () => {
    const first = pack.chapters.get('first')
    expect(first && ChapterContentSchema.parse(first)).toBeTruthy()
    const [intro, body] = first?.sections ?? []
    expect(intro?.blocks).toEqual([
      { kind: 'prose', html: '<p>서버 위에 <strong>운영체제</strong>가 있고, 그 위에서 앱이 돌아갑니다.</p>\n' },
      { kind: 'checkpoint', questionId: 'q-first-single' },
    ])
    expect(body?.blocks.map((b) => b.kind)).toEqual(['prose', 'diagram', 'prose'])
    // `###` stays inside the prose; links keep no target (the app decides how to open them).
    const last = body?.blocks[2]
    expect(last?.kind === 'prose' && last.html).toContain('<h3>예를 들면</h3>')
    expect(last?.kind === 'prose' && last.html).toContain('<a href="https://kubernetes.io/ko/docs/">공식 문서</a>')
    expect(last?.kind === 'prose' && last.html).not.toContain('target=')
    expect(first?.diagrams.map((d) => d.id)).toEqual(['mini-matrix'])
    expect(pack.chapters.get('second')?.diagrams).toEqual([])
  })

  it('lists every question of the chapter, in file order, as its end-of-chapter check', () => {
    expect(pack.chapters.get('second')?.questions.map((q) => [q.id, q.type])).toEqual([
      ['q-second-tf', 'truefalse'],
      ['q-second-match', 'matching'],
    ])
    expect(pack.questions.get('q-second-match')?.chapterId).toBe('second')
    expect(pack.glossary.map((g) => g.id)).toEqual(['iaas', 'container'])
  })

  it('hashes the content: same bytes give the same hash, one changed byte a new one', () => {
    const copy = copyPack('mini')
    expect(loadOk(copy).hash).toBe(pack.hash)
    writeFileSync(join(copy, 'glossary.yaml'), '[]\n')
    expect(loadOk(copy).hash).not.toBe(pack.hash)
  })
})

/** One fixture per problem kind; each must give exactly these problems, at these lines. */
const brokenPacks: Record<string, PackProblem[]> = {
  'broken-no-manifest': [
    {
      file: 'course.yaml',
      line: 1,
      message: 'missing course.yaml: every pack needs a manifest (id, title, version, chapters)',
    },
  ],
  'broken-yaml-syntax': [
    {
      file: 'course.yaml',
      line: 5,
      message: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    },
  ],
  'broken-manifest-schema': [
    {
      file: 'course.yaml',
      line: 3,
      message: 'version: must be a version string such as 1.0.0 (YAML reads 1.0 as a number: write "1.0.0")',
    },
  ],
  'broken-front-matter-schema': [
    { file: 'chapters/01-one.md', line: 4, message: 'front matter: minutes: must be at least 1' },
  ],
  'broken-no-front-matter': [
    {
      file: 'chapters/01-one.md',
      line: 1,
      message: 'missing front matter: a chapter file must start with a "---" line',
    },
  ],
  'broken-unknown-field': [
    { file: 'checkpoints/01-one.yaml', line: 1, message: 'question "q-one": missing required field "prompt"' },
    {
      file: 'checkpoints/01-one.yaml',
      line: 4,
      message: 'question "q-one": unknown field "promt" (did you mean "prompt"?)',
    },
  ],
  'broken-missing-field': [
    { file: 'checkpoints/01-one.yaml', line: 1, message: 'question "q-one": missing required field "prompt"' },
  ],
  'broken-question-type': [
    {
      file: 'checkpoints/01-one.yaml',
      line: 2,
      message: 'question "q-one": type: must be one of single, multiple, truefalse, ordering, matching',
    },
  ],
  'broken-missing-chapter': [
    {
      file: 'course.yaml',
      line: 7,
      message: 'chapter "02-missing" is listed but chapters/02-missing.md does not exist',
    },
  ],
  'broken-missing-checkpoints': [
    {
      file: 'chapters/01-one.md',
      line: 1,
      message: 'missing checkpoints/01-one.yaml: every chapter needs its end-of-chapter check',
    },
  ],
  'broken-unlisted-files': [
    { file: 'chapters/09-draft.md', line: 1, message: 'this chapter is not listed in course.yaml "chapters"' },
    {
      file: 'checkpoints/09-draft.yaml',
      line: 1,
      message: 'no chapter "09-draft" is listed in course.yaml for these questions',
    },
  ],
  'broken-duplicate-chapter': [
    { file: 'chapters/02-two.md', line: 2, message: 'duplicate chapter id "one" (also used by chapters/01-one.md)' },
  ],
  'broken-duplicate-section': [
    {
      file: 'chapters/01-one.md',
      line: 14,
      message: 'duplicate section id "start" in this chapter (first at line 10)',
    },
  ],
  'broken-duplicate-question': [
    {
      file: 'checkpoints/02-two.yaml',
      line: 1,
      message: 'duplicate question id "q-one" (first defined at checkpoints/01-one.yaml:1)',
    },
  ],
  'broken-duplicate-diagram': [
    { file: 'diagrams.yaml', line: 9, message: 'duplicate diagram id "ladder" (first defined at diagrams.yaml:1)' },
  ],
  'broken-duplicate-glossary': [
    { file: 'glossary.yaml', line: 7, message: 'duplicate glossary id "vm" (first defined at glossary.yaml:1)' },
  ],
  'broken-unknown-diagram': [
    {
      file: 'chapters/01-one.md',
      line: 14,
      message: 'unknown diagram "no-such-diagram" (not defined in diagrams.yaml)',
    },
  ],
  'broken-unknown-checkpoint': [
    { file: 'chapters/01-one.md', line: 14, message: 'unknown checkpoint "q-nowhere" (no question has this id)' },
  ],
  'broken-placed-twice': [
    {
      file: 'chapters/01-one.md',
      line: 22,
      message: 'question "q-one" is already placed at line 14: a question may be placed inline once',
    },
  ],
  'broken-placed-elsewhere': [
    {
      file: 'chapters/02-two.md',
      line: 14,
      message: 'question "q-one" belongs to checkpoints/01-one.yaml: place it only in chapters/01-one.md',
    },
  ],
  'broken-question-section': [
    {
      file: 'checkpoints/01-one.yaml',
      line: 3,
      message: 'question "q-one": section "middle" is not a section of chapters/01-one.md (sections: start, summary)',
    },
  ],
  'broken-single-correct': [
    {
      file: 'checkpoints/01-one.yaml',
      line: 5,
      message: 'question "q-one": options: a single question needs exactly one correct option (found 2)',
    },
  ],
  'broken-multiple-none': [
    {
      file: 'checkpoints/01-one.yaml',
      line: 5,
      message: 'question "q-one": options: a multiple question needs at least one correct option',
    },
  ],
  'broken-ordering-answer': [
    {
      file: 'checkpoints/01-one.yaml',
      line: 17,
      message:
        'question "q-order": answer: the answer must be a permutation of the item ids (missing "app"; unknown "kernel"; repeated "os")',
    },
  ],
  'broken-matching-answer': [
    {
      file: 'checkpoints/01-one.yaml',
      line: 20,
      message: 'question "q-match": answer: the answer has no match for left item(s) "os"',
    },
    {
      file: 'checkpoints/01-one.yaml',
      line: 22,
      message: 'question "q-match": answer.servers: unknown choice "provider" (choices: "user", "vendor")',
    },
    {
      file: 'checkpoints/01-one.yaml',
      line: 23,
      message: 'question "q-match": answer.network: unknown left item "network" (left items: "app", "servers", "os")',
    },
  ],
  'broken-matrix-layer': [
    {
      file: 'diagrams.yaml',
      line: 9,
      message:
        'diagram "matrix": models[0].userManages[1]: unknown layer "os" in model "iaas" (layers: "app", "servers")',
    },
  ],
  'broken-glossary-chapter': [
    { file: 'glossary.yaml', line: 5, message: 'glossary entry "vm": unknown chapter "nine" (chapter ids: one)' },
  ],
  'broken-raw-html': [
    { file: 'chapters/01-one.md', line: 12, message: 'raw HTML is not allowed: <b> (write Markdown instead)' },
    {
      file: 'chapters/01-one.md',
      line: 14,
      message: 'raw HTML is not allowed: <div class="note"> (write Markdown instead)',
    },
  ],
  'broken-text-before-heading': [
    {
      file: 'chapters/01-one.md',
      line: 10,
      message: 'text before the first "##" section heading is not allowed (start with an introductory section)',
    },
  ],
  'broken-heading-id': [
    {
      file: 'chapters/01-one.md',
      line: 14,
      message: 'section heading "정리" has no id: write it as "## Title {#section-id}"',
    },
  ],
  'broken-links': [
    {
      file: 'chapters/01-one.md',
      line: 12,
      message: 'link target "file:///etc/passwd" is not allowed: use an http(s) URL or an in-page #section-id',
    },
    {
      file: 'chapters/01-one.md',
      line: 13,
      message: 'link target "other.md" is not allowed: use an http(s) URL or an in-page #section-id',
    },
    {
      file: 'chapters/01-one.md',
      line: 13,
      message: 'link to unknown anchor "#nowhere" (in-page links point at a section id of this chapter)',
    },
    {
      file: 'chapters/01-one.md',
      line: 14,
      message: 'images are not supported: draw it as a diagram in diagrams.yaml',
    },
  ],
}

describe('loadPack on broken packs', () => {
  it.each(Object.entries(brokenPacks))('%s gives its own precise problems', (name, expected) => {
    const result = loadPack(fixturePack(name))
    expect(result).toEqual({ ok: false, dir: fixturePack(name), problems: expected })
  })

  it('collects problems from every file instead of stopping at the first', () => {
    const dir = copyPack('mini')
    writeFileSync(join(dir, 'glossary.yaml'), '- id: Bad Id\n')
    rmSync(join(dir, 'chapters/02-second.md'))
    writeFileSync(
      join(dir, 'chapters/01-first.md'),
      readFileSync(join(dir, 'chapters/01-first.md'), 'utf8').replace('{#body}', ''),
    )
    const result = loadPack(dir)
    expect(result.ok).toBe(false)
    const places = result.ok ? [] : result.problems.map((p) => `${p.file}:${p.line}`)
    expect(places).toEqual(
      expect.arrayContaining([
        'chapters/01-first.md:18',
        'checkpoints/01-first.yaml:11',
        'course.yaml:8',
        'glossary.yaml:1',
      ]),
    )
  })

  it('reports a missing folder instead of throwing', () => {
    expect(loadPack(fixturePack('no-such-pack'))).toEqual({
      ok: false,
      dir: fixturePack('no-such-pack'),
      problems: [{ file: '', line: 1, message: 'the pack folder was not found' }],
    })
  })
})
