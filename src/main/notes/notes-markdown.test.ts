import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import type { Note } from '../../shared/notes'
import { escapeBlock, type MarkdownChapter, notesMarkdown } from './notes-markdown'

const DAY = 24 * 60 * 60 * 1000
const note = (chapterId: string, sectionId: string, text: string, bookmarked = false, updatedAt = 3 * DAY): Note => ({
  courseId: 'c',
  chapterId,
  sectionId,
  text,
  bookmarked,
  createdAt: 0,
  updatedAt,
})

const CHAPTERS: MarkdownChapter[] = [
  {
    id: 'one',
    title: '인프라 스택',
    sections: [
      { id: 'why', title: '왜 층으로 나눌까', firstLine: '서버가 느리다는 말만으로는 알 수 없습니다.' },
      { id: 'os', title: '운영체제', firstLine: '운영체제는 자원을 관리합니다.' },
    ],
  },
  { id: 'two', title: '가상화', sections: [{ id: 'vm', title: '가상 머신', firstLine: 'VM은 기계 한 대입니다.' }] },
]

const build = (notes: Note[], locale = 'ko') =>
  notesMarkdown({
    courseTitle: '쿠버네티스 · Sprint 3',
    locale,
    exportedOn: '2026-12-03',
    chapters: CHAPTERS,
    notes,
    dayOf: (at) => new Date(at).toISOString().slice(0, 10),
  })

/** What a reader sees: the document rendered, tags dropped. */
const rendered = (markdown: string) => new MarkdownIt().render(markdown)

describe('notesMarkdown', () => {
  it('groups notes by chapter in course order, under section titles with context and dates', () => {
    const md = build([note('two', 'vm', 'VM 메모'), note('one', 'os', 'OS 메모', true), note('one', 'why', '', true)])
    expect(md.startsWith('# 나의 노트: 쿠버네티스 · Sprint 3\n\n내보낸 날: 2026-12-03\n')).toBe(true)
    const order = ['## 인프라 스택', '### 북마크', '- 왜 층으로 나눌까', '- 운영체제', '### 운영체제']
    const positions = order.map((line) => md.indexOf(line))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(md.indexOf('## 가상화')).toBeGreaterThan(md.indexOf('OS 메모'))
    expect(md).toContain('> 운영체제는 자원을 관리합니다.\n\nOS 메모\n\n*수정: 1970-01-04*')
    // A bookmark without text is listed, not given an empty note of its own.
    expect(md).not.toContain('### 왜 층으로 나눌까')
  })

  it('escapes Markdown in learner text so it reads back as written', () => {
    const text =
      '# 제목 아님\n- 목록 아님\n1. 번호 아님\n> 인용 아님\n    들여쓴 코드 아님\n**굵게 아님** _기울임_ `코드` [링크](https://x.y) <b>태그</b> &amp; | 표 |'
    const html = rendered(build([note('one', 'os', text)]))
    for (const tag of [
      '<h1>제목',
      '<li>',
      '<ol>',
      '<blockquote>\n<p>인용',
      '<pre>',
      '<strong>굵게',
      '<em>기울임',
      '<code>',
      '<a ',
      '<b>',
      '<table>',
    ])
      expect(html).not.toContain(tag)
    expect(html).toContain('# 제목 아님<br>')
    expect(html).toContain('**굵게 아님** _기울임_ `코드` [링크](https://x.y) &lt;b&gt;태그&lt;/b&gt; &amp;amp; | 표 |')
  })

  it('keeps the learner’s line breaks and blank lines', () => {
    expect(escapeBlock('첫 줄\n둘째 줄\n\n새 문단')).toBe('첫 줄\\\n둘째 줄\n\n새 문단')
    const html = rendered(escapeBlock('첫 줄\n둘째 줄\n\n새 문단'))
    expect(html).toBe('<p>첫 줄<br>\n둘째 줄</p>\n<p>새 문단</p>\n')
  })

  it('escapes Markdown in titles from the pack too', () => {
    const md = notesMarkdown({
      courseTitle: 'C# *기초*',
      locale: 'ko',
      exportedOn: '2026-12-03',
      chapters: [{ id: 'one', title: '★ _배포_', sections: [{ id: 's', title: '[중요] 층', firstLine: '' }] }],
      notes: [note('one', 's', '메모')],
      dayOf: () => '2026-12-01',
    })
    expect(md).toContain('# 나의 노트: C\\# \\*기초\\*')
    expect(md).toContain('## ★ \\_배포\\_')
    expect(md).toContain('### \\[중요\\] 층\n\n메모')
  })

  it('says so when the course has no notes', () => {
    expect(build([])).toBe(
      '# 나의 노트: 쿠버네티스 · Sprint 3\n\n내보낸 날: 2026-12-03\n\n아직 북마크나 메모가 없습니다.\n',
    )
    expect(build([], 'en')).toContain('No notes or bookmarks yet.')
  })

  it('keeps a note whose section left the course under a heading of its own', () => {
    const md = build([
      note('one', 'os', '남은 메모'),
      note('one', 'gone', '사라진 섹션의 메모', true),
      note('old', 'x', '옛 장'),
    ])
    const other = md.indexOf('## 과정에서 빠진 섹션의 노트')
    expect(other).toBeGreaterThan(md.indexOf('남은 메모'))
    expect(md.slice(other)).toContain('- one / gone')
    expect(md.slice(other)).toContain('### one / gone\n\n사라진 섹션의 메모')
    expect(md.slice(other)).toContain('### old / x\n\n옛 장')
  })

  it('writes its headings in English for an English learner', () => {
    const md = build([note('one', 'os', 'memo', true)], 'en')
    expect(md).toContain('# My notes: ')
    expect(md).toContain('Exported on: 2026-12-03')
    expect(md).toContain('### Bookmarks')
    expect(md).toContain('*Updated: 1970-01-04*')
  })
})
