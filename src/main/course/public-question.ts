import type { PublicQuestion, Question } from '../../shared/course/schema'

/**
 * The question as the renderer may see it: prompt and choices, nothing that gives the answer
 * away (`correct`, `answer`, explanations). Explanations come back only with a grade.
 */
export function toPublicQuestion(question: Question): PublicQuestion {
  const base = { id: question.id, section: question.section, prompt: question.prompt }
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: question.type, options: question.options.map(({ id, text }) => ({ id, text })) }
    case 'truefalse':
      return { ...base, type: 'truefalse' }
    case 'ordering': {
      const items = question.items.map(({ id, text }) => ({ id, text }))
      return { ...base, type: 'ordering', items: shuffleAwayFrom(items, question.answer, question.id) }
    }
    case 'matching':
      return {
        ...base,
        type: 'matching',
        left: question.left.map(({ id, text }) => ({ id, text })),
        choices: question.choices.map(({ id, text }) => ({ id, text })),
      }
  }
}

/**
 * A shuffle seeded by the question id: the same every time (so a learner who comes back sees
 * the same puzzle and tests are stable) and never the answer order itself.
 */
export function shuffleAwayFrom<T extends { id: string }>(
  items: readonly T[],
  answer: readonly string[],
  seed: string,
): T[] {
  const random = mulberry32(fnv1a(seed))
  const shuffled = [...items]
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1))
    ;[shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T]
  }
  const isAnswerOrder = shuffled.length > 1 && shuffled.every((item, index) => item.id === answer[index])
  // Rotating by one moves every item (ids are unique), so the result cannot be the answer order.
  return isAnswerOrder ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

function mulberry32(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
