import type { PackProblem } from '../../shared/course/schema'
import type { ListItem } from './load-yaml-list'
import { DIAGRAMS_FILE, FINAL_CHECK_FILE } from './read-pack-sources'
import { validateFinalCheck } from './validate-final-check'
import type { ChapterSource, PackSources } from './read-pack-sources'

interface Place {
  file: string
  line: number
}
const at = (place: Place): string => `${place.file}:${place.line}`

/**
 * Cross-file checks: ids unique across the pack, every placed diagram and question exists,
 * questions placed at most once and only in their own chapter, question sections exist,
 * glossary entries point at real chapters. Per-file checks already ran while reading.
 */
export function validatePack(sources: PackSources): PackProblem[] {
  const problems: PackProblem[] = []
  const chapterIds = checkChapterIds(sources.chapters, problems)
  const questionOwners = checkQuestions(sources.chapters, problems)
  reportDuplicates(sources.diagrams.items, 'diagram', problems)
  reportDuplicates(sources.glossary.items, 'glossary', problems)
  checkPlacements(sources, questionOwners, problems)
  problems.push(...validateFinalCheck(sources))

  // A chapter with a broken front matter has no id: a term may well point at it.
  const allChapterIdsKnown = sources.chapters.every((c) => c.parsed.frontMatter !== undefined)
  if (allChapterIdsKnown) {
    for (const term of sources.glossary.items) {
      if (!chapterIds.has(term.value.chapter)) {
        problems.push({
          file: term.file,
          line: term.lineOf(['chapter']),
          message: `glossary entry "${term.value.id}": unknown chapter "${term.value.chapter}" (chapter ids: ${[...chapterIds.keys()].join(', ')})`,
        })
      }
    }
  }
  return problems
}

/** Chapter id → first chapter using it; duplicates are reported. */
function checkChapterIds(chapters: readonly ChapterSource[], problems: PackProblem[]): Map<string, Place> {
  const ids = new Map<string, Place>()
  for (const { parsed } of chapters) {
    const id = parsed.frontMatter?.id
    if (id === undefined) continue
    const first = ids.get(id)
    if (first) {
      problems.push({
        file: parsed.file,
        line: parsed.idLine,
        message: `duplicate chapter id "${id}" (also used by ${first.file})`,
      })
    } else {
      ids.set(id, { file: parsed.file, line: parsed.idLine })
    }
  }
  return ids
}

/** Question id → the chapter source that defines it. Checks ids and `section` fields. */
function checkQuestions(chapters: readonly ChapterSource[], problems: PackProblem[]): Map<string, ChapterSource> {
  const owners = new Map<string, ChapterSource>()
  const firstPlaces = new Map<string, Place>()
  for (const chapter of chapters) {
    const { sectionLines } = chapter.parsed
    for (const item of chapter.questions.items) {
      const question = item.value
      const first = firstPlaces.get(question.id)
      if (first) {
        problems.push({
          file: item.file,
          line: item.lineOf(['id']),
          message: `duplicate question id "${question.id}" (first defined at ${at(first)})`,
        })
        continue
      }
      firstPlaces.set(question.id, { file: item.file, line: item.lineOf(['id']) })
      owners.set(question.id, chapter)
      if (!sectionLines.has(question.section)) {
        problems.push({
          file: item.file,
          line: item.lineOf(['section']),
          message: `question "${question.id}": section "${question.section}" is not a section of ${chapter.parsed.file} (sections: ${[...sectionLines.keys()].join(', ')})`,
        })
      }
    }
  }
  return owners
}

function reportDuplicates(items: readonly ListItem<{ id: string }>[], noun: string, problems: PackProblem[]): void {
  const first = new Map<string, Place>()
  for (const item of items) {
    const place = { file: item.file, line: item.lineOf(['id']) }
    const earlier = first.get(item.value.id)
    if (earlier)
      problems.push({ ...place, message: `duplicate ${noun} id "${item.value.id}" (first defined at ${at(earlier)})` })
    else first.set(item.value.id, place)
  }
}

/** Diagram and checkpoint blocks: they must name something that exists, questions once, in their own chapter. */
function checkPlacements(
  sources: PackSources,
  questionOwners: ReadonlyMap<string, ChapterSource>,
  problems: PackProblem[],
): void {
  const diagramIds = new Set(sources.diagrams.items.map((d) => d.value.id))
  const brokenQuestionIds = new Set(sources.chapters.flatMap((c) => [...c.questions.invalidIds]))
  const finalCheckIds = new Set([
    ...sources.finalCheck.items.map((item) => item.value.id),
    ...sources.finalCheck.invalidIds,
  ])
  const placedAt = new Map<string, Place>()

  for (const chapter of sources.chapters) {
    const { file } = chapter.parsed
    for (const ref of chapter.parsed.references) {
      const place = { file, line: ref.line }
      if (ref.kind === 'diagram') {
        if (!diagramIds.has(ref.id) && !sources.diagrams.invalidIds.has(ref.id)) {
          const why = sources.diagrams.fileExists ? `not defined in ${DIAGRAMS_FILE}` : `there is no ${DIAGRAMS_FILE}`
          problems.push({ ...place, message: `unknown diagram "${ref.id}" (${why})` })
        }
        continue
      }
      const owner = questionOwners.get(ref.id)
      if (!owner) {
        if (finalCheckIds.has(ref.id)) {
          problems.push({
            ...place,
            message: `question "${ref.id}" belongs to ${FINAL_CHECK_FILE}: the final check is not placed in a chapter`,
          })
        } else if (!brokenQuestionIds.has(ref.id)) {
          problems.push({ ...place, message: `unknown checkpoint "${ref.id}" (no question has this id)` })
        }
        continue
      }
      if (owner !== chapter) {
        problems.push({
          ...place,
          message: `question "${ref.id}" belongs to ${owner.checkpointsFile}: place it only in ${owner.parsed.file}`,
        })
        continue
      }
      const earlier = placedAt.get(ref.id)
      if (earlier) {
        problems.push({
          ...place,
          message: `question "${ref.id}" is already placed at line ${earlier.line}: a question may be placed inline once`,
        })
      } else {
        placedAt.set(ref.id, place)
      }
    }
  }
}
