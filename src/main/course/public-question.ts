import type { PublicQuestion, Question } from '../../shared/course/schema'
import { arrangeForRound } from './display-order'

const publicItem = ({ id, text }: { id: string; text: string }) => ({ id, text })

/**
 * The question as the renderer may see it: prompt and choices, nothing that gives the answer
 * away (`correct`, `answer`, explanations). Explanations come back only with a grade.
 * Options, matching choices and ordering items come in a seeded shuffled order (see
 * display-order.ts): `round` is how many answers are recorded for the question, so the order
 * holds while the learner works on one attempt and changes for a retry or a review. Where the
 * correct option sits in the file says nothing about where it is shown.
 */
export function toPublicQuestion(question: Question, round = 0): PublicQuestion {
  const base = { id: question.id, section: question.section, prompt: question.prompt }
  const arranged = <T extends { id: string; text: string }>(list: readonly T[], never: string[][] = []) =>
    arrangeForRound(list.map(publicItem), question.id, round, never)
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: question.type, options: arranged(question.options) }
    case 'truefalse':
      return { ...base, type: 'truefalse' }
    case 'ordering':
      // Never the answer order itself: that would hand the learner the answer.
      return { ...base, type: 'ordering', items: arranged(question.items, [question.answer]) }
    case 'matching':
      // Left items stay in file order (they are the rows); the choices are what gets picked.
      return { ...base, type: 'matching', left: question.left.map(publicItem), choices: arranged(question.choices) }
  }
}
