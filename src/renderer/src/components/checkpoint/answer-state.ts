import type { Answer, PublicQuestion } from '../../../../shared/course/schema'

/*
 * Pure helpers for an answer in progress. The card keeps `Answer | null` (null: nothing chosen
 * yet) and never mutates it: every change builds a new plain object, safe to send over IPC.
 */

/**
 * What the learner starts from: nothing chosen, no pairs, or the ordering items in the order
 * they arrive (main shuffles them; that order is never the answer).
 */
export function emptyAnswer(question: PublicQuestion): Answer | null {
  switch (question.type) {
    case 'single':
    case 'truefalse':
      return null
    case 'multiple':
      return { type: 'multiple', optionIds: [] }
    case 'ordering':
      return { type: 'ordering', order: question.items.map((i) => i.id) }
    case 'matching':
      return { type: 'matching', pairs: {} }
  }
}

/** Can this answer be submitted: it fits the question and leaves nothing unanswered. */
export function isComplete(question: PublicQuestion, answer: Answer | null): answer is Answer {
  if (!answer) return false
  switch (question.type) {
    case 'single':
      return answer.type === 'single' && question.options.some((o) => o.id === answer.optionId)
    case 'multiple':
      return answer.type === 'multiple' && answer.optionIds.length > 0 && allKnown(answer.optionIds, question.options)
    case 'truefalse':
      return answer.type === 'truefalse'
    case 'ordering':
      return (
        answer.type === 'ordering' &&
        answer.order.length === question.items.length &&
        allKnown(answer.order, question.items)
      )
    case 'matching': {
      if (answer.type !== 'matching') return false
      const choices = new Set(question.choices.map((c) => c.id))
      const pairs = new Map(Object.entries(answer.pairs))
      return question.left.every((l) => choices.has(pairs.get(l.id) ?? ''))
    }
  }
}

/**
 * A saved draft made to fit the question as it is now (the pack may have changed since):
 * unknown ids are dropped, ordering items missing from the draft are appended. A draft of
 * another type, or none, gives the empty answer. Always returns a fresh plain object.
 */
export function restoreAnswer(question: PublicQuestion, draft: Answer | null): Answer | null {
  switch (question.type) {
    case 'single':
      return draft?.type === 'single' && question.options.some((o) => o.id === draft.optionId)
        ? { type: 'single', optionId: draft.optionId }
        : null
    case 'multiple': {
      if (draft?.type !== 'multiple') return emptyAnswer(question)
      const chosen = new Set(draft.optionIds)
      return { type: 'multiple', optionIds: question.options.filter((o) => chosen.has(o.id)).map((o) => o.id) }
    }
    case 'truefalse':
      return draft?.type === 'truefalse' ? { type: 'truefalse', value: draft.value } : null
    case 'ordering': {
      if (draft?.type !== 'ordering') return emptyAnswer(question)
      const known = question.items.map((i) => i.id)
      const kept = [...new Set(draft.order)].filter((id) => known.includes(id))
      return { type: 'ordering', order: [...kept, ...known.filter((id) => !kept.includes(id))] }
    }
    case 'matching': {
      if (draft?.type !== 'matching') return emptyAnswer(question)
      const choices = new Set(question.choices.map((c) => c.id))
      const pairs = new Map(Object.entries(draft.pairs))
      const kept = question.left.flatMap((l) => {
        const choice = pairs.get(l.id)
        return choice !== undefined && choices.has(choice) ? [[l.id, choice] as const] : []
      })
      return { type: 'matching', pairs: Object.fromEntries(kept) }
    }
  }
}

/** What to persist as a draft: null when nothing has been chosen yet. */
export function toDraft(answer: Answer | null): Answer | null {
  if (!answer) return null
  if (answer.type === 'multiple' && answer.optionIds.length === 0) return null
  if (answer.type === 'matching' && Object.keys(answer.pairs).length === 0) return null
  return answer
}

/** Every id names a known entry, and none is repeated. */
function allKnown(ids: readonly string[], known: readonly { id: string }[]): boolean {
  const knownIds = new Set(known.map((k) => k.id))
  return new Set(ids).size === ids.length && ids.every((id) => knownIds.has(id))
}
