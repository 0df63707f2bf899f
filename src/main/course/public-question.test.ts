import { describe, expect, it } from 'vitest'
import { PublicQuestionSchema, QuestionSchema, type Question } from '../../shared/course/schema'
import { loadPack } from './load-pack'
import { toPublicQuestion } from './public-question'
import { fixturePack } from '../../../test/support/packs'

function miniQuestions(): Question[] {
  const result = loadPack(fixturePack('mini'))
  if (!result.ok) throw new Error('mini pack must load')
  // The chapters' checkpoints; the final check (other ids, same shapes) is covered by the loader tests.
  const inChapters = new Set(result.pack.outline.chapters.flatMap((c) => c.questionIds))
  return [...result.pack.questions.values()]
    .filter((q) => inChapters.has(q.id))
    .map(({ chapterId: _chapterId, ...question }) => QuestionSchema.parse(question))
}

/** Every text that would give an answer away: explanations, and the answer fields themselves. */
function secretsOf(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.explanation)
    case 'truefalse':
      return [question.explanations.true, question.explanations.false]
    case 'ordering':
      return question.items.map((i) => i.explanation)
    case 'matching':
      return question.left.map((l) => l.explanation)
  }
}

describe('toPublicQuestion', () => {
  const questions = miniQuestions()

  it('covers the mini pack, one question per type it uses', () => {
    expect(questions.map((q) => q.type)).toEqual(['single', 'ordering', 'truefalse', 'matching'])
  })

  it.each(questions.map((q) => [q.id, q] as const))('%s leaks no answer', (_id, question) => {
    const shown = toPublicQuestion(question)
    expect(PublicQuestionSchema.parse(shown)).toEqual(shown)
    const json = JSON.stringify(shown)
    for (const field of ['"correct"', '"answer"', '"explanation"', '"explanations"']) expect(json).not.toContain(field)
    for (const secret of secretsOf(question)) expect(json).not.toContain(secret)
  })

  it('keeps what the learner needs to answer', () => {
    const [single, ordering, , matching] = questions.map(toPublicQuestion)
    expect(single?.type === 'single' && { ...single, options: [...single.options].sort(byId) }).toEqual({
      id: 'q-first-single',
      type: 'single',
      section: 'intro',
      prompt: '앱 바로 아래에 있는 층은?',
      options: [
        { id: 'a', text: '운영체제' },
        { id: 'b', text: '네트워킹' },
      ],
    })
    expect(ordering?.type === 'ordering' && ordering.items.map((i) => i.id).sort()).toEqual(['app', 'os', 'servers'])
    expect(matching?.type === 'matching' && matching.left.map((l) => l.id)).toEqual(['vm', 'container'])
    expect(matching?.type === 'matching' && matching.choices.map((c) => c.id).sort()).toEqual(['has-os', 'no-os'])
  })
})

describe('toPublicQuestion rounds', () => {
  const options = Array.from({ length: 4 }, (_, i) => ({
    id: `o${i}`,
    text: `option ${i}`,
    correct: i === 0,
    explanation: `why ${i}`,
  }))
  const single = (id: string): Question => ({ id, type: 'single', section: 's', prompt: 'p', options })
  const shownIds = (question: Question, round: number): string[] => {
    const shown = toPublicQuestion(question, round)
    return shown.type === 'single' ? shown.options.map((o) => o.id) : []
  }

  it('shows the same order for the same round, and a different one for the next round', () => {
    for (let n = 0; n < 50; n += 1) {
      const question = single(`q-${n}`)
      for (let round = 0; round < 5; round += 1) {
        expect(shownIds(question, round)).toEqual(shownIds(question, round))
        expect(shownIds(question, round + 1)).not.toEqual(shownIds(question, round))
        expect([...shownIds(question, round)].sort()).toEqual(['o0', 'o1', 'o2', 'o3'])
      }
    }
  })

  it('shows the key first about as often as chance, not always', () => {
    const first = Array.from({ length: 400 }, (_, n) => shownIds(single(`q-${n}`), 0)[0])
    const keyFirst = first.filter((id) => id === 'o0').length
    expect(keyFirst).toBeGreaterThan(50)
    expect(keyFirst).toBeLessThan(150)
  })
})

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
