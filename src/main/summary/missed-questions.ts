import type { Question } from '../../shared/course/schema'
import type { RightAnswer } from '../../shared/takeaway'

/** One recorded answer to a question: a checkpoint attempt or a review answer. */
export interface AnswerEvent {
  questionId: string
  correct: boolean
  /** Epoch ms. */
  at: number
}

export interface MissedRecord {
  wrongCount: number
  lastAnsweredAt: number
}

/**
 * The questions still missed: those whose latest answer, in a chapter or in review, was wrong.
 * A question answered right since drops off the sheet (it is learned for now); a later wrong
 * answer brings it back. `events` must be in the order they were recorded.
 */
export function missedQuestions(events: readonly AnswerEvent[]): Map<string, MissedRecord> {
  const latest = new Map<string, { correct: boolean; wrongCount: number; at: number }>()
  for (const event of events) {
    const seen = latest.get(event.questionId) ?? { correct: true, wrongCount: 0, at: event.at }
    latest.set(event.questionId, {
      correct: event.correct,
      wrongCount: seen.wrongCount + (event.correct ? 0 : 1),
      at: event.at,
    })
  }
  const missed = new Map<string, MissedRecord>()
  for (const [id, state] of latest) {
    if (!state.correct) missed.set(id, { wrongCount: state.wrongCount, lastAnsweredAt: state.at })
  }
  return missed
}

/** What a question's right answer is, with the pack's explanation of each part. */
export function rightAnswer(question: Question): RightAnswer {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        type: 'choice',
        options: question.options.filter((o) => o.correct).map((o) => ({ text: o.text, explanation: o.explanation })),
      }
    case 'truefalse':
      return {
        type: 'truefalse',
        value: question.answer,
        explanation: question.answer ? question.explanations.true : question.explanations.false,
      }
    case 'ordering': {
      const items = new Map(question.items.map((i) => [i.id, i]))
      return {
        type: 'ordering',
        items: question.answer.flatMap((id) => {
          const item = items.get(id)
          return item ? [{ text: item.text, explanation: item.explanation }] : []
        }),
      }
    }
    case 'matching': {
      const choices = new Map(question.choices.map((c) => [c.id, c.text]))
      return {
        type: 'matching',
        pairs: question.left.map((l) => ({
          left: l.text,
          choice: choices.get(question.answer[l.id] ?? '') ?? '',
          explanation: l.explanation,
        })),
      }
    }
  }
}
