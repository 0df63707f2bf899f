import type { CourseOutline } from '../../../../shared/course/schema'
import type { ChapterProgress, ResumePoint } from '../../../../shared/progress'

/** Where "continue" goes: the saved position, else the first chapter not yet complete. */
export function continueTarget(
  outline: CourseOutline,
  byChapter: ReadonlyMap<string, ChapterProgress>,
  resume: ResumePoint | null,
): { chapterId: string; query: Record<string, string> } | null {
  if (resume)
    return { chapterId: resume.chapterId, query: { section: resume.sectionId, offset: String(resume.scrollOffset) } }
  const firstOpen = outline.chapters.find((c) => byChapter.get(c.id)?.status !== 'complete') ?? outline.chapters[0]
  return firstOpen ? { chapterId: firstOpen.id, query: {} } : null
}
