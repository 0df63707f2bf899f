import { describe, expect, it } from 'vitest'
import { PublicQuestionSchema, QuestionSchema, type Question } from '../../shared/course/schema'
import { loadPack } from './load-pack'
import { shuffleAwayFrom, toPublicQuestion } from './public-question'
import { packDir } from './test-packs'

function miniQuestions(): Question[] {
  const result = loadPack(packDir('mini'))
  if (!result.ok) throw new Error('mini pack must load')
  return [...result.pack.questions.values()].map(({ chapterId: _chapterId, ...question }) =>
    QuestionSchema.parse(question),
  )
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
    expect(single).toEqual({
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
    expect(matching?.type === 'matching' && matching.choices.map((c) => c.id)).toEqual(['has-os', 'no-os'])
  })
})

describe('shuffleAwayFrom', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `item-${i}` }))

  it('is deterministic per seed and never returns the answer order', () => {
    for (let n = 2; n <= 8; n += 1) {
      const list = items(n)
      for (let seed = 0; seed < 200; seed += 1) {
        const answer = list.map((i) => i.id)
        const once = shuffleAwayFrom(list, answer, `q-${seed}`)
        expect(once.map((i) => i.id)).not.toEqual(answer)
        expect(once.map((i) => i.id).sort()).toEqual([...answer].sort())
        expect(shuffleAwayFrom(list, answer, `q-${seed}`)).toEqual(once)
      }
    }
  })
})
