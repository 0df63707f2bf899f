import { describe, expect, it } from 'vitest'
import { parseYaml } from './read-yaml'

describe('parseYaml', () => {
  const text = ['title: 코스', 'chapters:', '  - a', '  - b', 'nested:', '  list:', '    - { id: x, n: 1 }', ''].join(
    '\n',
  )

  it('maps a path to the line of its key or item, and a missing path to its deepest existing part', () => {
    const parsed = parseYaml(text, 'f.yaml')
    if (!parsed.ok) throw new Error('must parse')
    expect(parsed.source.lineOf([])).toBe(1)
    expect(parsed.source.lineOf(['chapters'])).toBe(2)
    expect(parsed.source.lineOf(['chapters', 1])).toBe(4)
    expect(parsed.source.lineOf(['nested', 'list', 0, 'n'])).toBe(7)
    expect(parsed.source.lineOf(['nested', 'missing', 3])).toBe(5)
  })

  it('offsets lines when the YAML starts further down the file (front matter)', () => {
    const parsed = parseYaml(text, 'c.md', 2)
    expect(parsed.ok && parsed.source.lineOf(['chapters', 1])).toBe(5)
  })

  it('reports syntax errors and duplicate keys at their line', () => {
    expect(parseYaml('a: 1\nb: [\n', 'f.yaml', 2)).toMatchObject({ ok: false, problems: [{ file: 'f.yaml', line: 4 }] })
    expect(parseYaml('a: 1\nb: 2\na: 3\n', 'f.yaml')).toEqual({
      ok: false,
      problems: [{ file: 'f.yaml', line: 3, message: 'YAML syntax error: Map keys must be unique' }],
    })
  })
})
