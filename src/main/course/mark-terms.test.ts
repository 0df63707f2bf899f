import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import type { GlossaryEntry } from '../../shared/course/schema'
import { isSafeProseHtml } from '../../shared/course/prose-html'
import { buildTermMatcher, markTermsInBlock, markTermsInSection } from './mark-terms'

const entry = (id: string, ko: string, en: string, aliases: string[] = []): GlossaryEntry => ({
  id,
  ko,
  en,
  aliases,
  definition: `${ko}의 뜻`,
  chapter: 'one',
})

const matcher = buildTermMatcher([
  entry('container', '컨테이너', 'Container'),
  entry('container-virtualization', '컨테이너 가상화', 'Container Virtualization'),
  entry('vm', '가상 머신', 'Virtual Machine', ['VM']),
  entry('san', '스토리지 영역 네트워크', 'SAN (Storage Area Network)', ['SAN']),
])
const md = new MarkdownIt('default', { html: false })
const mark = (markdown: string) => markTermsInBlock(md.render(markdown), matcher, new Set())

describe('markTermsInBlock', () => {
  it('marks a term followed by a particle, and only the term', () => {
    expect(mark('컨테이너가 빠르다.')).toBe('<p><span data-term="container">컨테이너</span>가 빠르다.</p>\n')
    expect(mark('이것은 VM들은 무겁다.')).toBe('<p>이것은 <span data-term="vm">VM</span>들은 무겁다.</p>\n')
    expect(mark('런타임이라는 컨테이너입니다.')).toContain('<span data-term="container">컨테이너</span>입니다')
  })

  it('leaves a term inside a longer word alone', () => {
    expect(mark('컨테이너화는 흔하다.')).not.toContain('data-term')
    expect(mark('VMware와 신컨테이너')).not.toContain('data-term')
  })

  it('prefers the longest form at the same place', () => {
    expect(mark('컨테이너 가상화를 본다.')).toContain(
      '<span data-term="container-virtualization">컨테이너 가상화</span>를',
    )
  })

  it('matches English as written', () => {
    expect(mark('Virtual Machine runs.')).toContain('<span data-term="vm">Virtual Machine</span>')
    expect(mark('san 과 SAN은 다르다.')).toBe('<p>san 과 <span data-term="san">SAN</span>은 다르다.</p>\n')
  })

  it('does not mark an alias that is only a part of its own term', () => {
    const image = buildTermMatcher([entry('container-image', '컨테이너 이미지', 'Container Image', ['이미지', 'OCI'])])
    expect(markTermsInBlock('<p>우분투 이미지와 OCI</p>', image, new Set())).toBe(
      '<p>우분투 이미지와 <span data-term="container-image">OCI</span></p>',
    )
  })

  it('passes over a term already marked instead of marking a shorter term inside it', () => {
    const os = buildTermMatcher([entry('host-os', '호스트 OS', 'Host OS'), entry('os', '운영체제', 'OS')])
    const marked = new Set(['host-os'])
    expect(markTermsInBlock('<p>호스트 OS 위의 OS</p>', os, marked)).toBe(
      '<p>호스트 OS 위의 <span data-term="os">OS</span></p>',
    )
  })

  it('skips headings, code and links, marking the first occurrence in prose', () => {
    const html = mark('### 컨테이너 소개\n\n`컨테이너` [컨테이너](#x)\n\n```\n컨테이너\n```\n\n이제 컨테이너를 본다.')
    expect(html.match(/data-term/g)).toHaveLength(1)
    expect(html).toContain('이제 <span data-term="container">컨테이너</span>를')
    expect(html).toContain('<h3>컨테이너 소개</h3>')
  })

  it('sees a particle across inline markup and never joins paragraphs', () => {
    expect(mark('**컨테이너**가 있다.')).toContain('<strong><span data-term="container">컨테이너</span></strong>가')
    expect(mark('**컨테이너**화')).not.toContain('data-term')
    expect(mark('마지막 컨테이너\n\n화면')).toContain('<span data-term="container">컨테이너</span></p>')
  })

  it('writes only HTML the prose check accepts', () => {
    const html = mark('| a | 컨테이너 |\n|---|---|\n| **VM**은 | 가상 머신 & "SAN" |')
    expect(html.match(/data-term/g)).toHaveLength(3)
    expect(isSafeProseHtml(html)).toBe(true)
  })
})

describe('markTermsInSection', () => {
  it('marks each term once per section, across its prose blocks', () => {
    const blocks = [
      { kind: 'prose', html: md.render('VM과 컨테이너') },
      { kind: 'diagram', diagramId: 'd' },
      { kind: 'prose', html: md.render('다시 VM과 컨테이너 가상화') },
    ]
    const out = markTermsInSection(blocks, matcher)
    expect(out[0]?.html).toBe('<p><span data-term="vm">VM</span>과 <span data-term="container">컨테이너</span></p>\n')
    expect(out[1]).toEqual(blocks[1])
    expect(out[2]?.html).toBe('<p>다시 VM과 <span data-term="container-virtualization">컨테이너 가상화</span></p>\n')
    // The next section starts afresh.
    expect(markTermsInSection(blocks, matcher)[0]?.html).toContain('data-term="vm"')
  })
})
