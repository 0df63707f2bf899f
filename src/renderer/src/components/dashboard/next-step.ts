import type { CourseOutline } from '../../../../shared/course/schema'
import type { ChapterProgress } from '../../../../shared/progress'

/** The one thing the dashboard asks the learner to do next. */
export type NextStep = 'start' | 'continue' | 'review' | 'final-check'

/**
 * Review first when questions are due (they fade if left), then the final check once every chapter
 * is complete, otherwise reading on: from the saved place, or from the beginning on a first visit.
 */
export function nextStep(
  outline: CourseOutline,
  byChapter: ReadonlyMap<string, ChapterProgress>,
  state: { reviewDue: number; resumed: boolean },
): NextStep {
  if (state.reviewDue > 0) return 'review'
  const allComplete = outline.chapters.every((c) => byChapter.get(c.id)?.status === 'complete')
  if (allComplete && outline.finalCheck.length > 0) return 'final-check'
  const started =
    state.resumed || outline.chapters.some((c) => (byChapter.get(c.id)?.status ?? 'not-started') !== 'not-started')
  return started ? 'continue' : 'start'
}
