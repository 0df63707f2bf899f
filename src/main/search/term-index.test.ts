import { describe, expect, it } from 'vitest'
import { DocScores } from './doc-scores'
import type { SearchDoc } from './search-docs'
import { buildTermIndex } from './term-index'

const doc = (id: string, title: string, body: string): SearchDoc => ({
  kind: 'section',
  id,
  chapterId: 'c',
  sectionId: id,
  title,
  body,
})

const DOCS = [
  doc('particles', '개요', '컨테이너가 뜨고, (컨테이너를) 옮긴다.'),
  doc('middle', '비교', '도커컨테이너 이야기'),
  doc('short', '망', '망 분리와 전망'),
  doc('english', 'On-premises', 'IaaS/PaaS 모델'),
  doc('long', '잡담', `${'다른 이야기 '.repeat(40)}컨테이너`),
  doc('titled', '컨테이너', '짧은 본문'),
]
const index = buildTermIndex(DOCS)
const ids = (form: string) =>
  index
    .match(form)
    .docs.map((d) => DOCS[d]?.id)
    .sort()

describe('the term index', () => {
  it('matches a form of 3+ characters anywhere in a word, particles and punctuation around it or not', () => {
    expect(ids('컨테이너')).toEqual(['long', 'middle', 'particles', 'titled'])
    expect(ids('컨테이너를')).toEqual(['particles'])
  })

  it('matches a 1–2 character form only at the start of a word or of a part of one', () => {
    // 전망 ends with 망 but is a different word.
    expect(ids('망')).toEqual(['short'])
    expect(ids('pa')).toEqual(['english'])
    expect(ids('on')).toEqual(['english'])
  })

  it('counts hits: two in one text weigh more than one', () => {
    const found = index.match('컨테이너')
    const freqOf = (id: string) => found.freqs[found.docs.findIndex((d) => DOCS[d]?.id === id)]
    expect(freqOf('particles')).toBe(2)
    expect(freqOf('middle')).toBe(1)
  })

  it('ranks a hit in a title above one in a body, and a short text above a long one', () => {
    const scores = new DocScores(index.size)
    expect(index.addBm25('컨테이너', scores)).toBe(4)
    const score = (id: string) => scores.get(DOCS.findIndex((d) => d.id === id))
    expect(score('titled')).toBeGreaterThan(score('particles'))
    expect(score('middle')).toBeGreaterThan(score('long'))
  })

  it('finds nothing for forms it does not hold', () => {
    expect(index.match('쿠버네티스').docs).toEqual([])
    expect(index.match('ㅋ').docs).toEqual([])
  })
})
