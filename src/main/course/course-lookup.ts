import { AppError } from '../../shared/ipc/errors'
import type { CourseLibrary } from '../course/course-library'

/**
 * Finds packs, chapters, sections and questions by id, or throws `not_found` — so no write
 * ever stores an id the pack does not have.
 */
export function createCourseLookup(library: CourseLibrary) {
  const pack = (courseId: string) => {
    const found = library.get(courseId)
    if (!found) throw new AppError('not_found', `No course "${courseId}"`)
    return found
  }
  const chapter = (courseId: string, chapterId: string) => {
    const found = pack(courseId).outline.chapters.find((c) => c.id === chapterId)
    if (!found) throw new AppError('not_found', `No chapter "${chapterId}" in course "${courseId}"`)
    return found
  }
  return {
    pack,
    chapter,
    section(courseId: string, chapterId: string, sectionId: string) {
      const found = chapter(courseId, chapterId).sections.find((s) => s.id === sectionId)
      if (!found) throw new AppError('not_found', `No section "${sectionId}" in chapter "${chapterId}"`)
      return found
    },
    /** A chapter's renderer-facing content (sections, public questions, diagrams). */
    content(courseId: string, chapterId: string) {
      const found = pack(courseId).chapters.get(chapterId)
      if (!found) throw new AppError('not_found', `No chapter "${chapterId}" in course "${courseId}"`)
      return found
    },
    question(courseId: string, questionId: string) {
      const found = pack(courseId).questions.get(questionId)
      if (!found) throw new AppError('not_found', `No question "${questionId}" in course "${courseId}"`)
      return found
    },
    diagram(courseId: string, diagramId: string) {
      const found = pack(courseId).diagrams.get(diagramId)
      if (!found) throw new AppError('not_found', `No diagram "${diagramId}" in course "${courseId}"`)
      return found
    },
  }
}

export type CourseLookup = ReturnType<typeof createCourseLookup>
