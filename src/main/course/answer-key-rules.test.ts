import { describe, expect, it } from 'vitest'
import { checkPackAnswerKeys } from './answer-key-rules'
import { fixturePack } from '../../../test/support/packs'

const guess = 'vary it so the answer cannot be guessed'

describe('checkPackAnswerKeys', () => {
  it('names every habit of a pack written with them, at the first question that shows it', () => {
    expect(checkPackAnswerKeys(fixturePack('key-bias'))).toEqual([
      {
        file: 'checkpoints/01-one.yaml',
        line: 1,
        message: `answer-key bias (key-position): in 4 of 4 single-choice questions the correct option is listed 1st; ${guess} (first such question "single-0" here)`,
      },
      {
        file: 'checkpoints/01-one.yaml',
        line: 1,
        message: `answer-key bias (key-longest): in 4 of 4 single-choice questions the correct option is the longest (by characters); ${guess} (first such question "single-0" here)`,
      },
      {
        file: 'checkpoints/01-one.yaml',
        line: 37,
        message: `answer-key bias (multiple-leading-block): in 4 of 4 multiple-choice questions the correct options are the first ones listed; ${guess} (first such question "multiple-0" here)`,
      },
      {
        file: 'checkpoints/01-one.yaml',
        line: 77,
        message: `answer-key bias (matching-diagonal): 4 of 4 matching questions are answered straight down (each left item with the choice in the same row); ${guess} (first such question "matching-0" here)`,
      },
    ])
  })

  it('passes the same questions with the keys moved around (half at one position is not a habit)', () => {
    expect(checkPackAnswerKeys(fixturePack('key-balanced'))).toEqual([])
  })

  it('says nothing about a kind with too few questions to show a habit', () => {
    expect(checkPackAnswerKeys(fixturePack('mini'))).toEqual([])
    // With the bar lowered the mini pack shows two: its one single key is listed first, and its one
    // matching question runs straight down. Its two single options tie in length: not "longest".
    const lowered = checkPackAnswerKeys(fixturePack('mini'), { maxShare: 0.5, minQuestions: 1 })
    expect(lowered.map((p) => `${p.file}:${p.line} ${/\(([a-z-]+)\)/.exec(p.message)?.[1]}`)).toEqual([
      'checkpoints/01-first.yaml:1 key-position',
      'checkpoints/02-second.yaml:10 matching-diagonal',
    ])
  })
})
