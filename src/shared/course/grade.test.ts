import { describe, expect, it } from 'vitest'
import { GradeError, gradeAnswer } from './grade'
import { AnswerSchema, QuestionSchema, type Answer, type Question } from './schema'

const base = { section: 'intro', prompt: '질문' }
const option = (id: string, correct: boolean) => ({ id, text: `보기 ${id}`, correct, explanation: `${id} 설명` })

const single = QuestionSchema.parse({
  ...base,
  id: 'q-single',
  type: 'single',
  options: [option('a', true), option('b', false)],
})
const multiple = QuestionSchema.parse({
  ...base,
  id: 'q-multiple',
  type: 'multiple',
  options: [option('a', true), option('b', true), option('c', false)],
})
const trueFalse = QuestionSchema.parse({
  ...base,
  id: 'q-tf',
  type: 'truefalse',
  answer: false,
  explanations: { true: '참이 아닌 이유', false: '거짓인 이유' },
})
const ordering = QuestionSchema.parse({
  ...base,
  id: 'q-order',
  type: 'ordering',
  items: ['app', 'os', 'hw'].map((id) => ({ id, text: id, explanation: `${id} 위치` })),
  answer: ['hw', 'os', 'app'],
})
const matching = QuestionSchema.parse({
  ...base,
  id: 'q-match',
  type: 'matching',
  left: ['app', 'hw'].map((id) => ({ id, text: id, explanation: `${id} 담당` })),
  choices: [
    { id: 'user', text: '사용자' },
    { id: 'vendor', text: '제공자' },
  ],
  answer: { app: 'user', hw: 'vendor' },
})

const grade = (question: Question, answer: unknown) => gradeAnswer(question, AnswerSchema.parse(answer))

describe('gradeAnswer', () => {
  it('single: right and wrong, with the chosen option explained', () => {
    expect(grade(single, { type: 'single', optionId: 'a' })).toEqual({
      correct: true,
      feedback: [{ id: 'a', correct: true, explanation: 'a 설명' }],
    })
    expect(grade(single, { type: 'single', optionId: 'b' })).toEqual({
      correct: false,
      feedback: [{ id: 'b', correct: false, explanation: 'b 설명' }],
    })
  })

  it('multiple: correct only when the chosen set equals the correct set', () => {
    expect(grade(multiple, { type: 'multiple', optionIds: ['b', 'a'] }).correct).toBe(true)
    expect(grade(multiple, { type: 'multiple', optionIds: ['a'] })).toEqual({
      correct: false,
      feedback: [{ id: 'a', correct: true, explanation: 'a 설명' }],
    })
    expect(grade(multiple, { type: 'multiple', optionIds: ['a', 'b', 'c'] }).correct).toBe(false)
    expect(grade(multiple, { type: 'multiple', optionIds: [] })).toEqual({ correct: false, feedback: [] })
  })

  it('truefalse: explains the side picked', () => {
    expect(grade(trueFalse, { type: 'truefalse', value: false })).toEqual({
      correct: true,
      feedback: [{ id: 'false', correct: true, explanation: '거짓인 이유' }],
    })
    expect(grade(trueFalse, { type: 'truefalse', value: true })).toEqual({
      correct: false,
      feedback: [{ id: 'true', correct: false, explanation: '참이 아닌 이유' }],
    })
  })

  it('ordering: every item in place, each item judged where the learner put it', () => {
    expect(grade(ordering, { type: 'ordering', order: ['hw', 'os', 'app'] }).correct).toBe(true)
    expect(grade(ordering, { type: 'ordering', order: ['os', 'hw', 'app'] })).toEqual({
      correct: false,
      feedback: [
        { id: 'os', correct: false, explanation: 'os 위치' },
        { id: 'hw', correct: false, explanation: 'hw 위치' },
        { id: 'app', correct: true, explanation: 'app 위치' },
      ],
    })
  })

  it('matching: every left item matched right; an unmatched one counts as wrong', () => {
    expect(grade(matching, { type: 'matching', pairs: { app: 'user', hw: 'vendor' } }).correct).toBe(true)
    expect(grade(matching, { type: 'matching', pairs: { app: 'vendor', hw: 'vendor' } })).toEqual({
      correct: false,
      feedback: [
        { id: 'app', correct: false, explanation: 'app 담당' },
        { id: 'hw', correct: true, explanation: 'hw 담당' },
      ],
    })
    expect(grade(matching, { type: 'matching', pairs: { app: 'user' } }).feedback[1]).toEqual({
      id: 'hw',
      correct: false,
      explanation: 'hw 담당',
    })
  })

  it.each<[string, Question, Answer, string]>([
    [
      'wrong type',
      single,
      { type: 'truefalse', value: true },
      'question "q-single" is a single question but the answer is truefalse',
    ],
    ['unknown option', single, { type: 'single', optionId: 'z' }, 'question "q-single" has no option "z"'],
    [
      'unknown option in a set',
      multiple,
      { type: 'multiple', optionIds: ['a', 'z'] },
      'question "q-multiple" has no option "z"',
    ],
    [
      'repeated option',
      multiple,
      { type: 'multiple', optionIds: ['a', 'a'] },
      'answer to "q-multiple" names option "a" twice',
    ],
    [
      'unknown item',
      ordering,
      { type: 'ordering', order: ['hw', 'os', 'kernel'] },
      'question "q-order" has no item "kernel"',
    ],
    [
      'short order',
      ordering,
      { type: 'ordering', order: ['hw', 'os'] },
      'answer to "q-order" must order all 3 items (got 2)',
    ],
    [
      'unknown left item',
      matching,
      { type: 'matching', pairs: { db: 'user' } },
      'question "q-match" has no left item "db"',
    ],
    [
      'unknown choice',
      matching,
      { type: 'matching', pairs: { app: 'nobody' } },
      'question "q-match" has no choice "nobody"',
    ],
  ])('throws a GradeError for %s', (_name, question, answer, message) => {
    expect(() => gradeAnswer(question, answer)).toThrow(new GradeError(message))
    expect(() => gradeAnswer(question, answer)).toThrow(GradeError)
  })
})

describe('AnswerSchema', () => {
  it('bounds what the renderer may send', () => {
    expect(AnswerSchema.safeParse({ type: 'single', optionId: 'x'.repeat(65) }).success).toBe(false)
    expect(
      AnswerSchema.safeParse({ type: 'multiple', optionIds: Array.from({ length: 51 }, (_, i) => `o${i}`) }).success,
    ).toBe(false)
    const pairs = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`l${i}`, 'c']))
    expect(AnswerSchema.safeParse({ type: 'matching', pairs }).success).toBe(false)
    expect(AnswerSchema.safeParse({ type: 'single', optionId: 'a', extra: 1 }).success).toBe(false)
    expect(AnswerSchema.safeParse({ type: 'essay', text: '...' }).success).toBe(false)
  })
})
