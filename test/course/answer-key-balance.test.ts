import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadPack } from '../../src/main/course/load-pack'
import { QuestionSchema, type Question } from '../../src/shared/course/question-schema'
import { SPRINT3_PACK } from '../support/packs'
import { describeKeyBalance, keyBalance, keyBalanceViolations } from './answer-key-balance'

const FINAL_CHECK = resolve(SPRINT3_PACK, 'final-check.yaml')

function loadBundled() {
  const result = loadPack(SPRINT3_PACK)
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'))
  return result.pack
}

/** final-check.yaml as written: each question plus the `chapter` that teaches it. */
function readFinalCheck(): { chapter: unknown; question: Question }[] {
  const raw: unknown = parse(readFileSync(FINAL_CHECK, 'utf8'))
  if (!Array.isArray(raw)) throw new Error('final-check.yaml is not a list')
  return raw.map((entry: unknown, index) => {
    const { chapter, ...rest } = entry as Record<string, unknown>
    const parsed = QuestionSchema.safeParse(rest)
    if (!parsed.success) throw new Error(`final-check.yaml question ${index + 1}: ${parsed.error.message}`)
    return { chapter, question: parsed.data }
  })
}

describe('answer keys cannot be read off the file order or the option shape', () => {
  it('the checkpoints of the bundled pack', () => {
    const balance = keyBalance(loadBundled().questions.values())
    expect(keyBalanceViolations(balance), describeKeyBalance(balance)).toEqual([])
  })

  it.runIf(existsSync(FINAL_CHECK))('the Sprint 3 final check', () => {
    const balance = keyBalance(readFinalCheck().map((q) => q.question))
    expect(keyBalanceViolations(balance), describeKeyBalance(balance)).toEqual([])
  })

  it('the statistics catch a pack that always puts the key first, longest, or down the diagonal', () => {
    const option = (id: string, text: string, correct: boolean) => ({ id, text, correct, explanation: '설명' })
    const rigged: Question[] = [1, 2, 3].flatMap((n): Question[] => [
      {
        id: `s${n}`,
        type: 'single',
        section: 's',
        prompt: '질문',
        options: [option('a', '가장 긴 정답 보기', true), option('b', '오답', false)],
      },
      {
        id: `m${n}`,
        type: 'multiple',
        section: 's',
        prompt: '질문',
        options: [option('a', '정답', true), option('b', '정답', true), option('c', '오답', false)],
      },
      {
        id: `p${n}`,
        type: 'matching',
        section: 's',
        prompt: '질문',
        left: [
          { id: 'x', text: '왼쪽', explanation: '설명' },
          { id: 'y', text: '왼쪽', explanation: '설명' },
        ],
        choices: [
          { id: 'one', text: '하나' },
          { id: 'two', text: '둘' },
        ],
        answer: { x: 'one', y: 'two' },
      },
      {
        id: `o${n}`,
        type: 'ordering',
        section: 's',
        prompt: '질문',
        items: [
          { id: 'first', text: '처음', explanation: '설명' },
          { id: 'second', text: '다음', explanation: '설명' },
          { id: 'third', text: '끝', explanation: '설명' },
        ],
        answer: ['first', 'second', 'third'],
      },
    ])
    expect(keyBalanceViolations(keyBalance(rigged))).toHaveLength(5)
  })
})

describe.runIf(existsSync(FINAL_CHECK))('final-check.yaml', () => {
  const pack = loadBundled()

  it('has at least 15 valid questions, ids prefixed final- and unique across the pack', () => {
    const questions = readFinalCheck()
    expect(questions.length).toBeGreaterThanOrEqual(15)
    const ids = questions.map((q) => q.question.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      expect(id.startsWith('final-'), id).toBe(true)
      // The loader refuses an id used twice in the pack; here: each one is loaded as a final-check question.
      expect(pack.outline.finalCheck, id).toContain(id)
    }
  })

  it('names a chapter of the pack for each question, and a section of that chapter', () => {
    for (const { chapter, question } of readFinalCheck()) {
      const content = typeof chapter === 'string' ? pack.chapters.get(chapter) : undefined
      expect(content, `${question.id}: chapter ${String(chapter)}`).toBeDefined()
      expect(
        content?.sections.map((s) => s.id),
        `${question.id}: section ${question.section}`,
      ).toContain(question.section)
    }
  })

  it('mixes every kind of question and reaches every chapter', () => {
    const questions = readFinalCheck()
    expect(new Set(questions.map((q) => q.question.type)).size).toBe(5)
    expect(new Set(questions.map((q) => q.chapter))).toEqual(new Set(pack.chapters.keys()))
    // Interleaved: no two neighbours share both kind and chapter.
    for (let i = 1; i < questions.length; i += 1) {
      const [prev, next] = [questions[i - 1], questions[i]]
      expect(prev?.question.type === next?.question.type && prev?.chapter === next?.chapter).toBe(false)
    }
  })
})
