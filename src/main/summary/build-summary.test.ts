import { describe, expect, it } from 'vitest'
import type { Note } from '../../shared/notes'
import { loadPack } from '../course/load-pack'
import { fixturePack } from '../../../test/support/packs'
import { buildSummary } from './build-summary'
import { type AnswerEvent, missedQuestions } from './missed-questions'
import { firstSentence, sectionFirstLine } from './section-opening'

const loaded = loadPack(fixturePack('mini'))
if (!loaded.ok) throw new Error('the mini pack must load')
const pack = loaded.pack

const answer = (questionId: string, correct: boolean, at: number): AnswerEvent => ({ questionId, correct, at })
const note = (chapterId: string, sectionId: string, text: string, bookmarked = false): Note => ({
  courseId: 'mini',
  chapterId,
  sectionId,
  text,
  bookmarked,
  createdAt: 1,
  updatedAt: 2,
})

describe('missedQuestions', () => {
  it('lists a question whose latest answer, in a chapter or in review, was wrong', () => {
    const missed = missedQuestions([
      answer('wrong-once', false, 1),
      answer('wrong-then-right', false, 2),
      answer('wrong-then-right', true, 3),
      answer('relapsed', false, 4),
      answer('relapsed', true, 5),
      answer('relapsed', false, 6),
      answer('always-right', true, 7),
    ])
    expect([...missed.keys()].sort()).toEqual(['relapsed', 'wrong-once'])
    expect(missed.get('relapsed')).toEqual({ wrongCount: 2, lastAnsweredAt: 6 })
    expect(missed.get('wrong-once')).toEqual({ wrongCount: 1, lastAnsweredAt: 1 })
  })

  it('has nothing to list before any answer', () => {
    expect(missedQuestions([]).size).toBe(0)
  })
})

describe('buildSummary', () => {
  it('gives each chapter its objectives and each section its opening paragraph or points', () => {
    const summary = buildSummary(pack, [], new Map())
    expect(summary.chapters.map((c) => c.id)).toEqual(['first', 'second'])
    const first = summary.chapters[0]!
    expect(first.objectives).toEqual(['인프라 층을 말할 수 있다', '누가 무엇을 관리하는지 설명할 수 있다'])
    expect(first.sections[0]).toMatchObject({
      id: 'intro',
      lead: '서버 위에 운영체제가 있고, 그 위에서 앱이 돌아갑니다.',
      points: [],
      note: null,
      missed: [],
    })
  })

  it('takes the items of a list a section opens with', () => {
    const section = {
      id: 's',
      title: '정리',
      blocks: [
        {
          kind: 'prose' as const,
          html: '<ul>\n<li><strong>호스트</strong> 가상화<ul>\n<li>안쪽</li>\n</ul>\n</li>\n<li>컨테이너</li>\n</ul>\n<p>끝.</p>\n',
        },
      ],
    }
    const summary = buildSummary(
      { ...pack, chapters: new Map([['first', { ...pack.chapters.get('first')!, sections: [section] }]]) },
      [],
      new Map(),
      'first',
    )
    expect(summary.chapters[0]!.sections[0]).toMatchObject({ lead: '', points: ['호스트 가상화 안쪽', '컨테이너'] })
    expect(sectionFirstLine(section)).toBe('호스트 가상화 안쪽')
  })

  it('puts notes and still-missed questions under the sections that teach them, with right answers', () => {
    const missed = missedQuestions([
      answer('q-first-single', false, 10),
      answer('q-first-order', false, 11),
      answer('q-first-order', true, 12),
      answer('q-second-tf', false, 13),
      answer('q-second-match', false, 14),
      answer('q-final-multiple', false, 15),
    ])
    const summary = buildSummary(pack, [note('first', 'intro', '앱 아래 OS', true)], missed)
    const [first, second] = summary.chapters
    const intro = first!.sections.find((s) => s.id === 'intro')!
    expect(intro.note).toEqual({ text: '앱 아래 OS', bookmarked: true, updatedAt: 2 })
    expect(intro.missed).toEqual([
      {
        id: 'q-first-single',
        prompt: '앱 바로 아래에 있는 층은?',
        answer: { type: 'choice', options: [{ text: '운영체제', explanation: '앱은 운영체제 위에서 돌아갑니다.' }] },
        wrongCount: 1,
        lastAnsweredAt: 10,
      },
    ])
    // Answered right since: off the sheet. A final-check question sits under the section it names.
    const body = first!.sections.find((s) => s.id === 'body')!
    expect(body.missed.map((q) => q.id)).toEqual(['q-final-multiple'])
    expect(body.missed[0]!.answer).toEqual({
      type: 'choice',
      options: [
        { text: '운영체제', explanation: 'IaaS에서는 운영체제부터 직접 관리합니다.' },
        { text: '앱', explanation: '앱은 언제나 사용자의 몫입니다.' },
      ],
    })
    const start = second!.sections.find((s) => s.id === 'start')!
    expect(start.missed[0]!.answer).toEqual({
      type: 'truefalse',
      value: true,
      explanation: '맞습니다. 그래서 게스트 OS가 필요 없습니다.',
    })
    const secondSummary = second!.sections.find((s) => s.id === 'summary')!
    expect(secondSummary.missed[0]!.answer).toEqual({
      type: 'matching',
      pairs: [
        { left: '가상 머신', choice: '있음', explanation: '가상 머신마다 게스트 OS가 부팅됩니다.' },
        { left: '컨테이너', choice: '없음', explanation: '컨테이너는 게스트 OS 없이 커널을 공유합니다.' },
      ],
    })
  })

  it('gives the right order of an ordering question', () => {
    const summary = buildSummary(pack, [], missedQuestions([answer('q-first-order', false, 1)]), 'first')
    const body = summary.chapters[0]!.sections.find((s) => s.id === 'body')!
    expect(body.missed[0]!.answer).toMatchObject({
      type: 'ordering',
      items: [{ text: '서버' }, { text: '운영체제' }, { text: '앱' }],
    })
  })

  it('keeps notes on sections the pack no longer has apart, and skips questions it no longer has', () => {
    const notes = [
      note('first', 'gone', '사라진 섹션'),
      note('old-chapter', 'x', '옛 장', true),
      note('first', 'intro', '있음'),
    ]
    const summary = buildSummary(pack, notes, missedQuestions([answer('q-removed', false, 1)]))
    expect(summary.leftoverNotes.map((n) => `${n.chapterId}/${n.sectionId}`)).toEqual(['first/gone', 'old-chapter/x'])
    expect(summary.chapters.flatMap((c) => c.sections.flatMap((s) => s.missed))).toEqual([])
    // A chapter's own summary shows only that chapter.
    const one = buildSummary(pack, notes, new Map(), 'second')
    expect(one.chapters.map((c) => c.id)).toEqual(['second'])
    expect(one.leftoverNotes).toEqual([])
  })
})

describe('firstSentence', () => {
  it('ends at the first full stop followed by a space, and keeps numbers whole', () => {
    expect(firstSentence('Node.js 3.5 버전입니다. 다음 문장.')).toBe('Node.js 3.5 버전입니다.')
    expect(firstSentence('마침표 없는 문장')).toBe('마침표 없는 문장')
  })
})
