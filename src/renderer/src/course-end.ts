import type { CourseOutline, OutlineChapter } from '../../shared/course/schema'
import type { ChapterProgress, ChapterStatus } from '../../shared/progress'

/** Where the learner stands at the end of the course, for the dashboard and the last chapter's end. */
export interface CourseEnd {
  /** Every chapter is complete. */
  complete: boolean
  /** Chapters not complete yet, in reading order, with their status. */
  unfinished: { chapter: OutlineChapter; status: ChapterStatus }[]
  /**
   * The final check is offered: the pack has one and the learner has at least opened every chapter
   * (it tests the whole course; finishing every chapter first is not required).
   */
  finalCheckOpen: boolean
}

/** `here`: the chapter on screen, in progress even before its first reading position is saved. */
export function courseEnd(
  outline: CourseOutline,
  byChapter: ReadonlyMap<string, ChapterProgress>,
  here?: string,
): CourseEnd {
  const statusOf = (id: string): ChapterStatus => {
    const status = byChapter.get(id)?.status ?? 'not-started'
    return id === here && status === 'not-started' ? 'in-progress' : status
  }
  const unfinished = outline.chapters
    .map((chapter) => ({ chapter, status: statusOf(chapter.id) }))
    .filter((c) => c.status !== 'complete')
  const allVisited = outline.chapters.every((c) => statusOf(c.id) !== 'not-started')
  return { complete: unfinished.length === 0, unfinished, finalCheckOpen: outline.finalCheck.length > 0 && allVisited }
}
