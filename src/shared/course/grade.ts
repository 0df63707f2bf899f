import type { Answer, Feedback, GradeResult, Question } from './schema'

/** The answer does not fit the question (wrong type, unknown or repeated ids). Nothing is recorded. */
export class GradeError extends Error {
  override readonly name = 'GradeError'
}

type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>

/**
 * Grades one answer. Pure: the same question and answer always give the same result.
 * Feedback covers what the learner chose (options, the true/false side) or placed (ordering
 * items, matching left items), each with its explanation, so the renderer can show "why".
 */
export function gradeAnswer(question: Question, answer: Answer): GradeResult {
  if (answer.type !== question.type) {
    throw new GradeError(`question "${question.id}" is a ${question.type} question but the answer is ${answer.type}`)
  }
  switch (question.type) {
    case 'single':
      return gradeSingle(question, answer as AnswerOf<'single'>)
    case 'multiple':
      return gradeMultiple(question, answer as AnswerOf<'multiple'>)
    case 'truefalse':
      return gradeTrueFalse(question, answer as AnswerOf<'truefalse'>)
    case 'ordering':
      return gradeOrdering(question, answer as AnswerOf<'ordering'>)
    case 'matching':
      return gradeMatching(question, answer as AnswerOf<'matching'>)
  }
}

type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>

function findOption(question: QuestionOf<'single' | 'multiple'>, optionId: string) {
  const option = question.options.find((o) => o.id === optionId)
  if (!option) throw new GradeError(`question "${question.id}" has no option "${optionId}"`)
  return option
}

function rejectRepeats(question: Question, ids: readonly string[], what: string): void {
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) throw new GradeError(`answer to "${question.id}" names ${what} "${id}" twice`)
    seen.add(id)
  }
}

function gradeSingle(question: QuestionOf<'single'>, answer: AnswerOf<'single'>): GradeResult {
  const option = findOption(question, answer.optionId)
  return {
    correct: option.correct,
    feedback: [{ id: option.id, correct: option.correct, explanation: option.explanation }],
  }
}

function gradeMultiple(question: QuestionOf<'multiple'>, answer: AnswerOf<'multiple'>): GradeResult {
  rejectRepeats(question, answer.optionIds, 'option')
  const chosen = answer.optionIds.map((id) => findOption(question, id))
  const correctCount = question.options.filter((o) => o.correct).length
  // Equal sets: every chosen option is correct and none of the correct ones is left out.
  const correct = chosen.every((o) => o.correct) && chosen.length === correctCount
  const feedback: Feedback[] = chosen.map((o) => ({ id: o.id, correct: o.correct, explanation: o.explanation }))
  return { correct, feedback }
}

function gradeTrueFalse(question: QuestionOf<'truefalse'>, answer: AnswerOf<'truefalse'>): GradeResult {
  const side = answer.value ? 'true' : 'false'
  const correct = answer.value === question.answer
  return { correct, feedback: [{ id: side, correct, explanation: question.explanations[side] }] }
}

function gradeOrdering(question: QuestionOf<'ordering'>, answer: AnswerOf<'ordering'>): GradeResult {
  rejectRepeats(question, answer.order, 'item')
  const itemIds = question.items.map((i) => i.id)
  for (const id of answer.order) {
    if (!itemIds.includes(id)) throw new GradeError(`question "${question.id}" has no item "${id}"`)
  }
  if (answer.order.length !== itemIds.length) {
    throw new GradeError(
      `answer to "${question.id}" must order all ${itemIds.length} items (got ${answer.order.length})`,
    )
  }
  const feedback: Feedback[] = answer.order.map((id, position) => {
    const item = question.items.find((i) => i.id === id)
    return { id, correct: question.answer[position] === id, explanation: item?.explanation ?? '' }
  })
  return { correct: feedback.every((f) => f.correct), feedback }
}

function gradeMatching(question: QuestionOf<'matching'>, answer: AnswerOf<'matching'>): GradeResult {
  const choiceIds = new Set(question.choices.map((c) => c.id))
  for (const [leftId, choiceId] of Object.entries(answer.pairs)) {
    if (!question.left.some((l) => l.id === leftId)) {
      throw new GradeError(`question "${question.id}" has no left item "${leftId}"`)
    }
    if (!choiceIds.has(choiceId)) throw new GradeError(`question "${question.id}" has no choice "${choiceId}"`)
  }
  // A left item the learner left unmatched counts as wrong; it still gets its explanation.
  const feedback: Feedback[] = question.left.map((left) => ({
    id: left.id,
    correct: Object.hasOwn(answer.pairs, left.id) && answer.pairs[left.id] === question.answer[left.id],
    explanation: left.explanation,
  }))
  return { correct: feedback.every((f) => f.correct), feedback }
}
