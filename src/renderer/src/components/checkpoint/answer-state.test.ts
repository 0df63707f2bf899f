import { describe, expect, it } from 'vitest'
import { AnswerSchema, type Answer, type PublicQuestion } from '../../../../shared/course/schema'
import { emptyAnswer, isComplete, restoreAnswer, toDraft } from './answer-state'
import { realQuestion } from '../../../../../test/support/sprint3-pack'

const base = { id: 'q', section: 's', prompt: '?' }
const single: PublicQuestion = {
  ...base,
  type: 'single',
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
}
const multiple: PublicQuestion = { ...single, type: 'multiple' }
const truefalse: PublicQuestion = { ...base, type: 'truefalse' }
const ordering: PublicQuestion = {
  ...base,
  type: 'ordering',
  items: [
    { id: 'y', text: 'Y' },
    { id: 'x', text: 'X' },
    { id: 'z', text: 'Z' },
  ],
}
const matching: PublicQuestion = {
  ...base,
  type: 'matching',
  left: [
    { id: 'app', text: 'App' },
    { id: 'os', text: 'OS' },
  ],
  choices: [
    { id: 'user', text: 'User' },
    { id: 'vendor', text: 'Vendor' },
  ],
}

describe('emptyAnswer', () => {
  it('starts with nothing chosen, and ordering items in the order they arrived', () => {
    expect(emptyAnswer(single)).toBeNull()
    expect(emptyAnswer(truefalse)).toBeNull()
    expect(emptyAnswer(multiple)).toEqual({ type: 'multiple', optionIds: [] })
    expect(emptyAnswer(ordering)).toEqual({ type: 'ordering', order: ['y', 'x', 'z'] })
    expect(emptyAnswer(matching)).toEqual({ type: 'matching', pairs: {} })
  })

  it('gives a valid, complete ordering answer for the real shuffled question', () => {
    const { pub } = realQuestion('ordering')
    const answer = emptyAnswer(pub)
    expect(AnswerSchema.parse(answer)).toEqual({ type: 'ordering', order: pub.items.map((i) => i.id) })
    expect(isComplete(pub, answer)).toBe(true)
  })
})

describe('isComplete', () => {
  const cases: [string, PublicQuestion, Answer | null, boolean][] = [
    ['nothing chosen', single, null, false],
    ['a known option', single, { type: 'single', optionId: 'b' }, true],
    ['an unknown option', single, { type: 'single', optionId: 'zz' }, false],
    ['an answer of another type', single, { type: 'truefalse', value: true }, false],
    ['no options ticked', multiple, { type: 'multiple', optionIds: [] }, false],
    ['some options ticked', multiple, { type: 'multiple', optionIds: ['a'] }, true],
    ['an option ticked twice', multiple, { type: 'multiple', optionIds: ['a', 'a'] }, false],
    ['an unknown option ticked', multiple, { type: 'multiple', optionIds: ['a', 'c'] }, false],
    ['either side', truefalse, { type: 'truefalse', value: false }, true],
    ['a permutation', ordering, { type: 'ordering', order: ['z', 'y', 'x'] }, true],
    ['a missing item', ordering, { type: 'ordering', order: ['z', 'y'] }, false],
    ['a repeated item', ordering, { type: 'ordering', order: ['z', 'y', 'y'] }, false],
    ['every left item matched', matching, { type: 'matching', pairs: { app: 'user', os: 'user' } }, true],
    ['a left item unmatched', matching, { type: 'matching', pairs: { app: 'user' } }, false],
    ['an unknown choice', matching, { type: 'matching', pairs: { app: 'user', os: 'cloud' } }, false],
  ]
  it.each(cases)('%s → %s', (_name, question, answer, expected) => {
    expect(isComplete(question, answer)).toBe(expected)
  })
})

describe('restoreAnswer', () => {
  it('restores a draft that fits, as a fresh object', () => {
    const draft = { type: 'matching', pairs: { app: 'user' } } as const
    const restored = restoreAnswer(matching, draft)
    expect(restored).toEqual(draft)
    expect(restored).not.toBe(draft)
  })

  it('drops what the current question no longer has', () => {
    expect(restoreAnswer(single, { type: 'single', optionId: 'gone' })).toBeNull()
    expect(restoreAnswer(multiple, { type: 'multiple', optionIds: ['b', 'gone', 'a'] })).toEqual({
      type: 'multiple',
      optionIds: ['a', 'b'],
    })
    expect(restoreAnswer(matching, { type: 'matching', pairs: { app: 'cloud', os: 'vendor', gone: 'user' } })).toEqual({
      type: 'matching',
      pairs: { os: 'vendor' },
    })
  })

  it('keeps the draft order and appends ordering items it does not mention', () => {
    expect(restoreAnswer(ordering, { type: 'ordering', order: ['z', 'gone', 'z', 'x'] })).toEqual({
      type: 'ordering',
      order: ['z', 'x', 'y'],
    })
  })

  it('starts empty when there is no draft or it is of another type', () => {
    expect(restoreAnswer(ordering, null)).toEqual(emptyAnswer(ordering))
    expect(restoreAnswer(multiple, { type: 'single', optionId: 'a' })).toEqual(emptyAnswer(multiple))
    expect(restoreAnswer(truefalse, { type: 'truefalse', value: true })).toEqual({ type: 'truefalse', value: true })
  })
})

describe('toDraft', () => {
  it('is null while nothing has been chosen', () => {
    expect(toDraft(null)).toBeNull()
    expect(toDraft({ type: 'multiple', optionIds: [] })).toBeNull()
    expect(toDraft({ type: 'matching', pairs: {} })).toBeNull()
    expect(toDraft({ type: 'single', optionId: 'a' })).toEqual({ type: 'single', optionId: 'a' })
  })
})
