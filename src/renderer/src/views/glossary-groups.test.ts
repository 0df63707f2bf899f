import { describe, expect, it } from 'vitest'
import type { GlossaryTerm } from '../../../shared/glossary'
import { groupTerms, initialOf, matchesTerm } from './glossary-groups'

const term = (id: string, ko: string, en: string, chapterId: string, aliases: string[] = []): GlossaryTerm => ({
  id,
  ko,
  en,
  aliases,
  definition: `${ko}에 대한 설명`,
  chapterId,
  sectionId: 's',
})

const terms = [
  term('kubernetes', '쿠버네티스', 'Kubernetes', 'two', ['k8s']),
  term('container', '컨테이너', 'Container', 'one'),
  term('kernel', '커널', 'Kernel', 'one'),
  term('pod', 'Pod', 'Kubernetes Pod', 'two', ['파드']),
  term('double', '꼬리표', 'Label', 'two'),
  term('api', 'API', 'API', 'one'),
]
const chapters = [
  { id: 'one', title: '첫째 장' },
  { id: 'two', title: '둘째 장' },
  { id: 'three', title: '셋째 장' },
]

describe('matchesTerm', () => {
  it('matches names, aliases and definitions with search normalisation', () => {
    const k8s = terms[0]!
    expect(matchesTerm(k8s, 'K8S')).toBe(true)
    expect(matchesTerm(k8s, '쿠버네티스')).toBe(true)
    expect(matchesTerm(k8s, '쿠버네티스'.normalize('NFD'))).toBe(true)
    expect(matchesTerm(k8s, '  kubernetes ')).toBe(true)
    expect(matchesTerm(k8s, '설명')).toBe(true)
    expect(matchesTerm(k8s, '컨테이너')).toBe(false)
  })

  it('ignores spacing and understands initial consonants', () => {
    expect(matchesTerm(term('vm', '가상 머신', 'Virtual Machine', 'one'), '가상머신')).toBe(true)
    expect(matchesTerm(terms[0]!, 'ㅋㅂ')).toBe(true)
    expect(matchesTerm(terms[1]!, 'ㅋㅂ')).toBe(false)
  })
})

describe('groupTerms', () => {
  it('groups by chapter in reading order, leaving out chapters without terms', () => {
    const groups = groupTerms(terms, 'chapter', chapters)
    expect(groups.map((g) => g.label)).toEqual(['첫째 장', '둘째 장'])
    expect(groups[0]!.terms.map((t) => t.id)).toEqual(['container', 'kernel', 'api'])
  })

  it('groups by initial: ㄱㄴㄷ first, then ABC, each sorted', () => {
    const groups = groupTerms(terms, 'alphabet', chapters)
    expect(groups.map((g) => g.key)).toEqual(['ㄲ', 'ㅋ', 'A', 'P'])
    expect(groups[1]!.terms.map((t) => t.ko)).toEqual(['커널', '컨테이너', '쿠버네티스'])
    expect(initialOf(term('x', '(테스트)', 'x', 'one'))).toBe('other')
  })
})
