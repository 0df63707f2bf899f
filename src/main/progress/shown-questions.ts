import type { PublicQuestion } from '../../shared/course/schema'
import { toPublicQuestion } from '../course/public-question'
import type { CourseLookup } from '../course/course-lookup'

/**
 * Questions as this learner is shown them now. The chapter content carries every question in its
 * first order (round 0, the same for everyone, cached with the pack); once answers are recorded
 * for a question, its order moves on with each one (see course/display-order.ts).
 */
export function createShownQuestions(deps: {
  /** Question id → answers recorded for it, in chapters and in review. */
  rounds: (courseId: string) => Map<string, number>
  lookup: CourseLookup
}) {
  const { rounds, lookup } = deps
  return {
    rounds,
    /** One question as it is shown now (e.g. for the retry after an answer just recorded). */
    question(courseId: string, questionId: string): PublicQuestion {
      return toPublicQuestion(lookup.question(courseId, questionId), rounds(courseId).get(questionId) ?? 0)
    },
    /** The questions among `questionIds` whose order has moved on from round 0, by id. */
    movedOn(courseId: string, questionIds: readonly string[]): Record<string, PublicQuestion> {
      const byQuestion = rounds(courseId)
      const moved: Record<string, PublicQuestion> = {}
      for (const id of questionIds) {
        const round = byQuestion.get(id) ?? 0
        if (round > 0) moved[id] = toPublicQuestion(lookup.question(courseId, id), round)
      }
      return moved
    },
    /** Every question among `questionIds` as shown now, in the order given. */
    all(courseId: string, questionIds: readonly string[]): PublicQuestion[] {
      const byQuestion = rounds(courseId)
      return questionIds.map((id) => toPublicQuestion(lookup.question(courseId, id), byQuestion.get(id) ?? 0))
    },
  }
}

export type ShownQuestions = ReturnType<typeof createShownQuestions>
