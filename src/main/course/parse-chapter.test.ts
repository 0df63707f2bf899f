import { describe, expect, it } from 'vitest'
import { parseChapter } from './parse-chapter'
import { decodeText } from './read-pack-files'

const FRONT = ['---', 'id: c', 'title: 장', 'minutes: 1', 'objectives: [하나, 둘]', '---', '', ''].join('\n')
const parse = (body: string) => parseChapter(FRONT + body, 'chapters/c.md')
const messages = (body: string) => parse(body).problems.map((p) => `${p.line}: ${p.message}`)

describe('parseChapter', () => {
  it('reports lines of the .md file, front matter included', () => {
    // Front matter is lines 1–6 and line 7 is blank, so the heading below is line 8.
    expect(parse('## 제목 {#a}\n\n본문\n').sectionLines.get('a')).toBe(8)
    expect(messages('## 제목 {#a}\n\n# 큰 제목\n')).toEqual([
      '10: "#" headings are not allowed: the chapter title comes from the front matter; use "##" for sections',
    ])
  })

  it('keeps other fenced code as prose and escapes what raw HTML would have done', () => {
    const chapter = parse('## 제목 {#a}\n\n```yaml\nkey: <b>값</b>\n```\n\n텍스트 <script>alert(1)</script>\n')
    expect(chapter.problems.map((p) => p.message)).toEqual([
      'raw HTML is not allowed: <script> (write Markdown instead)',
    ])
    const html = chapter.sections[0]?.blocks.map((b) => (b.kind === 'prose' ? b.html : '')).join('')
    expect(html).toContain('<pre><code class="language-yaml">key: &lt;b&gt;값&lt;/b&gt;\n</code></pre>')
    expect(html).not.toContain('<script>')
  })

  it('counts Hangul syllables of the body but not of fenced blocks or front matter', () => {
    expect(parse('## 가나 {#a}\n\n다라마 `바`\n\n```text\n사아자\n```\n').hangulSyllables).toBe(6)
  })

  it('wants exactly one kebab-case id in a reference block, at the top level', () => {
    expect(
      messages(
        '## 제목 {#a}\n\n```diagram\none two\n```\n\n```checkpoint\n```\n\n- 목록\n\n  ```diagram\n  x\n  ```\n',
      ),
    ).toEqual([
      '10: a diagram block must contain exactly one id (found 2)',
      '14: a checkpoint block must contain exactly one id (found none)',
      '19: a diagram block must stand on its own, not inside a list or quote',
    ])
    expect(messages('## 제목 {#Bad_Id}\n')).toEqual([
      '8: section id "Bad_Id" must be kebab-case ASCII (a-z, 0-9 and single hyphens)',
    ])
  })

  it('reads CRLF files with the same lines', () => {
    const text = decodeText(Buffer.from((FRONT + '## 제목\n').replace(/\n/g, '\r\n')))
    expect(parseChapter(text, 'chapters/c.md').problems.map((p) => p.line)).toEqual([8])
  })

  it('reports front matter that is never closed', () => {
    expect(parseChapter('---\nid: c\n\n## 제목 {#a}\n', 'chapters/c.md').problems).toEqual([
      { file: 'chapters/c.md', line: 1, message: 'front matter is not closed by a "---" line' },
    ])
  })

  it('wants at least one section', () => {
    expect(messages('')).toEqual(['7: a chapter needs at least one "## Title {#section-id}" section'])
  })
})
