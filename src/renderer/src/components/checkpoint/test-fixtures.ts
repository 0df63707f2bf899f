/*
 * Test support only (imported by the *.test.ts files beside it, never by the app): real questions
 * from the bundled Sprint 3 pack, loaded the way main loads them, so component tests see the
 * same prompts, shuffled ordering items and explanations a learner does.
 */
// eslint-disable-next-line no-restricted-imports -- tests read the real pack with main's own loader
import { loadPack, toPublicQuestion } from '../../../../main/course'
import { gradeAnswer } from '../../../../shared/course/grade'
import type { Answer, GradeResult, PublicQuestion, Question } from '../../../../shared/course/schema'

type QuestionType = Question['type']

export interface Fixture<T extends QuestionType> {
  full: Extract<Question, { type: T }>
  pub: Extract<PublicQuestion, { type: T }>
  grade: (answer: Answer) => GradeResult
}

let questions: Question[] | null = null

function allQuestions(): Question[] {
  if (questions) return questions
  const loaded = loadPack(`${process.cwd()}/resources/courses/sprint-3`)
  if (!loaded.ok) throw new Error(`the bundled pack does not load: ${JSON.stringify(loaded.problems)}`)
  questions = [...loaded.pack.questions.values()]
  return questions
}

function isType<T extends QuestionType>(type: T) {
  return (q: Question): q is Extract<Question, { type: T }> => q.type === type
}

/** A real question of the pack: by id, or the first of its type. */
export function realQuestion<T extends QuestionType>(type: T, id?: string): Fixture<T> {
  const full = allQuestions()
    .filter(isType(type))
    .find((q) => id === undefined || q.id === id)
  if (!full) throw new Error(`no ${type} question ${id ?? ''} in the bundled pack`)
  return {
    full,
    pub: toPublicQuestion(full) as Extract<PublicQuestion, { type: T }>,
    grade: (answer) => gradeAnswer(full, answer),
  }
}
