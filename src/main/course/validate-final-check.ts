import type { PackProblem } from '../../shared/course/schema'
import { FINAL_CHECK_FILE, type ChapterSource, type PackSources } from './read-pack-sources'

/**
 * final-check.yaml against the rest of the pack: question ids unique across the whole pack, and
 * each question's `chapter` and `section` naming a chapter and one of its sections (the place
 * review links to). The questions' own shape was checked while reading.
 */
export function validateFinalCheck(sources: PackSources): PackProblem[] {
  const problems: PackProblem[] = []
  const chapters = new Map<string, ChapterSource>()
  for (const chapter of sources.chapters) {
    const id = chapter.parsed.frontMatter?.id
    if (id !== undefined && !chapters.has(id)) chapters.set(id, chapter)
  }
  // A chapter with a broken front matter has no id: a question may well point at it.
  const allChapterIdsKnown = sources.chapters.every((c) => c.parsed.frontMatter !== undefined)
  const firstDefined = new Map<string, string>()
  for (const item of sources.chapters.flatMap((c) => c.questions.items)) {
    if (!firstDefined.has(item.value.id)) firstDefined.set(item.value.id, `${item.file}:${item.lineOf(['id'])}`)
  }

  for (const item of sources.finalCheck.items) {
    const question = item.value
    const first = firstDefined.get(question.id)
    if (first) {
      problems.push({
        file: FINAL_CHECK_FILE,
        line: item.lineOf(['id']),
        message: `duplicate question id "${question.id}" (first defined at ${first})`,
      })
      continue
    }
    firstDefined.set(question.id, `${FINAL_CHECK_FILE}:${item.lineOf(['id'])}`)
    const chapter = chapters.get(question.chapter)
    if (!chapter) {
      if (allChapterIdsKnown) {
        problems.push({
          file: FINAL_CHECK_FILE,
          line: item.lineOf(['chapter']),
          message: `question "${question.id}": unknown chapter "${question.chapter}" (chapter ids: ${[...chapters.keys()].join(', ')})`,
        })
      }
      continue
    }
    const { sectionLines, file } = chapter.parsed
    if (!sectionLines.has(question.section)) {
      problems.push({
        file: FINAL_CHECK_FILE,
        line: item.lineOf(['section']),
        message: `question "${question.id}": section "${question.section}" is not a section of ${file} (sections: ${[...sectionLines.keys()].join(', ')})`,
      })
    }
  }
  return problems
}
