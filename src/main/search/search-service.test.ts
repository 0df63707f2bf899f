import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SPRINT3_PACK } from '../../../test/support/packs'
import { SEARCH_QUERIES } from '../../../test/support/search-queries'
import { createServices } from '../services'
import { htmlToText } from './search-docs'
import { createSearchService } from './search-service'

const dataDir = mkdtempSync(join(tmpdir(), 'ac-search-'))
const services = createServices({ dataDir, packDirs: [SPRINT3_PACK] })
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

describe('search over the Sprint 3 pack', () => {
  it.each(SEARCH_QUERIES.map((q) => [q.query, q.expected, q.why]))(
    '"%s" finds %s in the top 3 (%s)',
    (query, expected) => {
      expect(top3(query)).toContain(expected)
    },
  )

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

describe('search that forgives spelling', () => {
  it('ranks a word found inside or at the start of longer words above every typo reading of it', () => {
    const original = services.library.packs[0]!
    // 컨테이나 is one jamo from 컨테이너, which many sections hold in their titles. Put words
    // holding it (a word the course spelt exactly so would not be read as a typo at all) once at
    // the end of most sections: so common, as typed it scores lower than the typo reading would.
    const marked: string[] = []
    const chapters = new Map(
      [...original.chapters].map(([id, chapter]) => [
        id,
        {
          ...chapter,
          sections: chapter.sections.map((section, i) => {
            if (i === 0 || marked.length >= 40) return section
            marked.push(`${id}#${section.id}`)
            const word = marked.length % 2 ? '도커컨테이나' : '컨테이나스'
            return { ...section, blocks: [...section.blocks, { kind: 'prose' as const, html: `<p>${word}</p>` }] }
          }),
        },
      ]),
    )
    const pack = { ...original, hash: `${original.hash}-typo`, chapters }
    const results = createSearchService({ pack: () => pack })
      .search(courseId, '컨테이나', 50)
      .map((r) => `${r.chapterId}#${r.sectionId}`)
    expect(results.slice(0, marked.length).sort()).toEqual([...marked].sort())
    expect(results.slice(marked.length)).toContain('virtualization#container-virtualization')
  })

  it('highlights the word the typo was read as', () => {
    const [first] = services.search.search(courseId, '라이센스', 1)
    expect(first?.terms).toContain('라이선스')
    expect(first?.snippet.some((run) => run.hit && run.text === '라이선스')).toBe(true)
  })

  it('suggests near words when nothing matches, each finding something', () => {
    expect(services.search.search(courseId, '커넬')).toEqual([])
    expect(services.search.suggest(courseId, '커넬')).toEqual(['커널'])
    expect(services.search.suggest(courseId, '커넬을 가상화')).toContain('커널 가상화')
    for (const suggestion of services.search.suggest(courseId, '커넬')) {
      expect(services.search.search(courseId, suggestion).length).toBeGreaterThan(0)
    }
  })

  it('suggests nothing for what is nowhere near a word of the course, or when every word is known', () => {
    expect(services.search.suggest(courseId, 'zzzqqq')).toEqual([])
    expect(services.search.suggest(courseId, '')).toEqual([])
    expect(services.search.suggest(courseId, '컨테이너')).toEqual([])
  })
})

describe('notes in search', () => {
  it('finds what the learner wrote, at once, in the section it belongs to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ac-search-notes-'))
    const s = createServices({ dataDir: dir, packDirs: [SPRINT3_PACK] })
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
