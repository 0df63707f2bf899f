import { loadPack, toPublicQuestion, type LoadedPack } from '../../src/main/course'
import { gradeAnswer } from '../../src/shared/course/grade'
import type { Answer, Diagram, GradeResult, PublicQuestion, Question } from '../../src/shared/course/schema'
import { SPRINT3_PACK } from './packs'

/*
 * The bundled Sprint 3 pack, loaded once per test file with main's own loader, so tests see the
 * same questions, diagrams and explanations a learner does.
 */
let loaded: LoadedPack | null = null

export function sprint3Pack(): LoadedPack {
  if (loaded) return loaded
  const result = loadPack(SPRINT3_PACK)
  if (!result.ok) throw new Error(`the bundled pack does not load: ${JSON.stringify(result.problems)}`)
  loaded = result.pack
  return loaded
}

type QuestionType = Question['type']

export interface Fixture<T extends QuestionType> {
  full: Extract<Question, { type: T }>
  pub: Extract<PublicQuestion, { type: T }>
  grade: (answer: Answer) => GradeResult
}

/** A real question of the pack: by id, or the first of its type. */
export function realQuestion<T extends QuestionType>(type: T, id?: string): Fixture<T> {
  const questions: Question[] = [...sprint3Pack().questions.values()]
  const full = questions.find(
    (q): q is Extract<Question, { type: T }> => q.type === type && (id === undefined || q.id === id),
  )
  if (!full) throw new Error(`no ${type} question ${id ?? ''} in the bundled pack`)
  return {
    full,
    pub: toPublicQuestion(full) as Extract<PublicQuestion, { type: T }>,
    grade: (answer) => gradeAnswer(full, answer),
  }
}

/** Every diagram of the pack, in file order. */
export function sprint3Diagrams(): Diagram[] {
  return [...sprint3Pack().diagrams.values()]
}

/** A real diagram by id, checked to be of the expected kind. */
export function sprint3Diagram<K extends Diagram['kind']>(id: string, kind: K): Extract<Diagram, { kind: K }> {
  const found = sprint3Diagrams().find((d): d is Extract<Diagram, { kind: K }> => d.id === id && d.kind === kind)
  if (!found) throw new Error(`no ${kind} diagram "${id}" in the bundled pack`)
  return found
}
