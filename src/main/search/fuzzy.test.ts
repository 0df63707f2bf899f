import { describe, expect, it } from 'vitest'
import { buildTypoVocabulary, editDistance, typoBudget, typoForm } from './fuzzy'

const jamoDistance = (a: string, b: string) => editDistance(typoForm(a), typoForm(b))

describe('edit distance', () => {
  it('counts inserts, deletes, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('hypervisor', 'hypervisor')).toBe(0)
    expect(editDistance('hypervisr', 'hypervisor')).toBe(1)
    expect(editDistance('hypervisorr', 'hypervisor')).toBe(1)
    expect(editDistance('hypervisar', 'hypervisor')).toBe(1)
    expect(editDistance('hyperivsor', 'hypervisor')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('compares Korean by jamo: a wrong vowel is one edit, not a whole syllable', () => {
    expect(jamoDistance('라이센스', '라이선스')).toBe(1)
    expect(jamoDistance('하이퍼바이져', '하이퍼바이저')).toBe(1)
    expect(jamoDistance('오케스트레이숀', '오케스트레이션')).toBe(1)
    expect(jamoDistance('컨테니어', '컨테이너')).toBe(2)
    // Syllable by syllable these would be 1 edit apart however different their jamo.
    expect(jamoDistance('가상화', '가상하')).toBe(1)
    expect(jamoDistance('가상화', '가상기')).toBe(3)
  })

  it('stops at the bound it is given, answering one more than it', () => {
    expect(editDistance('container', 'hypervisor', 2)).toBe(3)
    expect(editDistance('ab', 'abcdef', 1)).toBe(2)
    expect(editDistance('hypervisr', 'hypervisor', 1)).toBe(1)
  })
})

describe('how many typos a word may carry', () => {
  it('allows none in words too short to tell a typo from another word', () => {
    for (const word of ['커널', '장점', '망', 'kube', 'pod', '2024', '20000000']) expect(typoBudget(word), word).toBe(0)
  })

  it('allows one in 3 syllables or 5–9 letters, two in longer words', () => {
    expect(typoBudget('가상화')).toBe(1)
    expect(typoBudget('라이센스')).toBe(2)
    expect(typoBudget('오케스트레이숀')).toBe(2)
    expect(typoBudget('proxy')).toBe(1)
    expect(typoBudget('hypervisr')).toBe(1)
    expect(typoBudget('hypervisors')).toBe(2)
  })
})

describe('the typo vocabulary', () => {
  const vocabulary = buildTypoVocabulary(
    [
      ['라이선스', 5],
      ['라이브러리', 3],
      ['컨테이너', 40],
      ['컨테이닝', 1],
      ['커널', 9],
      ['hypervisor', 12],
      ['hypervisors', 2],
      ['2024', 4],
    ].map(([word, docs]) => ({ word: String(word), docs: Number(docs) })),
  )
  const words = (found: { word: string }[]) => found.map((n) => n.word)

  it('takes a misspelt word for the vocabulary words within its budget, nearest first', () => {
    expect(vocabulary.typosOf('라이센스')).toEqual([{ word: '라이선스', distance: 1 }])
    expect(words(vocabulary.typosOf('컨테니어'))).toEqual(['컨테이너'])
    expect(words(vocabulary.typosOf('hypervisr'))).toEqual(['hypervisor'])
  })

  it('puts the commoner of two equally near words first', () => {
    expect(vocabulary.typosOf('컨테이넝')).toEqual([
      { word: '컨테이너', distance: 1 },
      { word: '컨테이닝', distance: 1 },
    ])
  })

  it('never reads a short word as a typo, but offers it as a suggestion', () => {
    expect(vocabulary.typosOf('커넬')).toEqual([])
    expect(words(vocabulary.suggestionsFor('커넬'))).toEqual(['커널'])
    expect(vocabulary.typosOf('hypervisxyz')).toEqual([])
  })

  it('knows the words it holds as they are spelt', () => {
    expect(vocabulary.has('라이선스')).toBe(true)
    expect(vocabulary.has('라이센스')).toBe(false)
  })

  it('does not offer a word for itself, nor numbers', () => {
    expect(words(vocabulary.typosOf('hypervisor'))).toEqual(['hypervisors'])
    expect(vocabulary.suggestionsFor('2025')).toEqual([])
  })
})
