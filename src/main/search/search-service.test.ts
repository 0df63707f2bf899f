import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createServices } from '../services'
import { htmlToText } from './search-docs'
import { createSearchService } from './search-service'

const dataDir = mkdtempSync(join(tmpdir(), 'ac-search-'))
const services = createServices({ dataDir, packDirs: [resolve(__dirname, '../../../resources/courses/sprint-3')] })
const courseId = services.library.packs[0]!.outline.id
afterAll(() => {
  services.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const top3 = (query: string) =>
  services.search
    .search(courseId, query, 10)
    .slice(0, 3)
    .map((r) => `${r.chapterId}#${r.sectionId}`)

/** Queries a learner types, and the section that must come back in the top 3. */
const QUERIES: [query: string, expected: string, why: string][] = [
  ['컨테이너', 'virtualization#container-virtualization', 'plain word'],
  ['컨테이너가', 'virtualization#container-virtualization', 'particle attached to the query'],
  ['가상화는', 'virtualization#what-is-virtualization', 'particle attached to the query'],
  ['오픈소스를', 'kubernetes-tradeoffs#cost-question', 'particle attached to the query'],
  ['하이퍼바이저가', 'virtualization#hypervisor-virtualization', 'particle attached to the query'],
  ['장점', 'container-advantages#known-advantages', '2-character word'],
  ['역할', 'people-and-roles#where-you-fit', '2-character word'],
  ['비용', 'kubernetes-tradeoffs#cost-question', '2-character word'],
  ['직군', 'people-and-roles#it-roles', '2-character word'],
  ['확장', 'container-advantages#easy-scale-out', '2-character word'],
  ['커널', 'virtualization#container-virtualization', '2-character word'],
  ['망', 'virtualization#hypervisor-virtualization', '1-character word'],
  ['hypervisor', 'virtualization#hypervisor-virtualization', 'English name of a Korean term'],
  ['Hypervisor', 'virtualization#hypervisor-virtualization', 'case does not matter'],
  ['하이퍼바이저', 'virtualization#hypervisor-virtualization', 'Korean name'],
  ['on-premises', 'service-models#on-premises', 'English alias'],
  ['온프레미스', 'service-models#on-premises', 'spelling alias'],
  ['IaaS', 'service-models#iaas', 'acronym'],
  ['DB 서비스', 'service-models#in-between', 'two words, both must match'],
  ['망 분리', 'virtualization#hypervisor-virtualization', 'two words'],
  ['의존성 충돌', 'container-advantages#no-dependency-conflicts', 'two words'],
  ['일관성 있는 배포', 'container-advantages#consistent-deployment', 'phrase from the slides'],
  ['20개', 'kubernetes-tradeoffs#where-it-pays', 'number with a counter'],
  ['라이선스', 'kubernetes-tradeoffs#cost-question', 'loanword'],
  ['미들웨어', 'infra-stack#middleware-runtime', 'layer name'],
  ['SRE', 'people-and-roles#it-roles', 'job title'],
  ['난이도', 'difficulty#ladder-overview', 'topic word'],
  ['컨테이너'.normalize('NFD'), 'virtualization#container-virtualization', 'decomposed Hangul from a macOS clipboard'],
  ['가상화는'.normalize('NFD'), 'virtualization#what-is-virtualization', 'decomposed Hangul with a particle'],
]

describe('search over the Sprint 3 pack', () => {
  it.each(QUERIES)('"%s" finds %s in the top 3 (%s)', (query, expected) => {
    expect(top3(query)).toContain(expected)
  })

  it('finds Kubernetes content for "k8s" through the glossary alias, though no lesson spells it so', () => {
    const pack = services.library.packs[0]!
    const prose = [...pack.chapters.values()].flatMap((c) =>
      c.sections.flatMap((s) => [s.title, ...s.blocks.map((b) => (b.kind === 'prose' ? b.html : ''))]),
    )
    expect(prose.join(' ').toLowerCase()).not.toContain('k8s')
    const results = services.search.search(courseId, 'k8s', 20)
    expect(results[0]).toMatchObject({ kind: 'glossary', id: 'kubernetes' })
    const sections = results.filter((r) => r.kind === 'section').map((r) => `${r.chapterId}#${r.sectionId}`)
    expect(sections).toContain('kubernetes-tradeoffs#downsides')
    expect(sections).toContain('difficulty#ladder-overview')
  })

  it('marks the hits in the snippet and reports the terms to highlight', () => {
    const [first] = services.search.search(courseId, '컨테이너가', 1)
    expect(first?.terms).toContain('컨테이너')
    expect(first?.snippet.some((run) => run.hit && run.text === '컨테이너')).toBe(true)
  })

  it('builds snippets from the text as written: a bold word keeps its particle', () => {
    const snippetOf = (query: string) =>
      services.search
        .search(courseId, query, 20)
        .map((r) => r.snippet.map((run) => run.text).join(''))
        .join('\n')
    expect(snippetOf('가상화')).toContain('가상화는 이 사이의 문제를')
    expect(snippetOf('플랫폼')).toContain('플랫폼을 서비스로')
    expect(snippetOf('Kubernetes')).toContain('Container, VM, Kubernetes.')
    expect(htmlToText('<p><strong>가상화</strong>는 <em>VM</em>.</p><ul><li>하나</li><li>둘<br>셋</li></ul>')).toBe(
      '가상화는 VM. 하나 둘 셋',
    )
  })

  it('ignores punctuation typed around a word, as it is ignored in the text', () => {
    expect(top3('(컨테이너가)')).toContain('virtualization#container-virtualization')
    expect(top3('"하이퍼바이저",')).toContain('virtualization#hypervisor-virtualization')
  })

  it('returns nothing, without failing, for empty, blank and unmatched queries', () => {
    expect(services.search.search(courseId, '')).toEqual([])
    expect(services.search.search(courseId, '   ')).toEqual([])
    expect(services.search.search(courseId, 'zzzqqq')).toEqual([])
    expect(services.search.search(courseId, '"*)(- …')).toEqual([])
    // Query syntax of other engines is plain text here: only the word `or` is looked for.
    const syntax = services.search.search(courseId, '"*) OR (')
    expect(syntax.every((r) => r.terms.every((t) => t.startsWith('or')))).toBe(true)
  })
})

describe('the search index', () => {
  it('follows the pack: a changed pack is searched as it is now, not as it was', () => {
    const original = services.library.packs[0]!
    let pack = original
    const search = createSearchService({ pack: () => pack })
    expect(search.search(courseId, '쿼카').length).toBe(0)
    const [chapter] = [...original.chapters.values()]
    const [section, ...others] = chapter!.sections
    const edited = { ...section!, title: `${section!.title} 쿼카` }
    pack = {
      ...original,
      hash: `${original.hash}-edited`,
      chapters: new Map([...original.chapters, [chapter!.id, { ...chapter!, sections: [edited, ...others] }]]),
    }
    expect(search.search(courseId, '쿼카').map((r) => r.sectionId)).toEqual([section!.id])
  })
})

describe('notes in search', () => {
  it('finds what the learner wrote, at once, in the section it belongs to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ac-search-notes-'))
    const s = createServices({ dataDir: dir, packDirs: [resolve(__dirname, '../../../resources/courses/sprint-3')] })
    const id = s.library.packs[0]!.outline.id
    expect(s.search.search(id, '시험에 꼭 나옴').length).toBe(0)
    s.notes.save({
      courseId: id,
      chapterId: 'virtualization',
      sectionId: 'compare',
      text: '세 방식 비교는 시험에 꼭 나옴',
      bookmarked: false,
    })
    const found = s.search.search(id, '시험에 꼭 나옴')
    expect(found[0]).toMatchObject({ kind: 'note', chapterId: 'virtualization', sectionId: 'compare' })
    s.close()
    rmSync(dir, { recursive: true, force: true })
  })
})
