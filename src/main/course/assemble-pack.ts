import type { ChapterContent, CourseManifest, CourseOutline, Diagram } from '../../shared/course/schema'
import type { ChapterSourceInfo, LoadedPack, OwnedQuestion } from './pack-types'
import { buildTermMatcher, markTermsInSection } from './mark-terms'
import { toPublicQuestion } from './public-question'
import type { PackSources } from './read-pack-sources'

/**
 * Builds the loaded pack from sources that passed every check: the outline, each chapter's
 * content as the renderer receives it, and the lookup maps main uses for grading and search.
 */
export function assemblePack(dir: string, hash: string, manifest: CourseManifest, sources: PackSources): LoadedPack {
  const diagrams = new Map<string, Diagram>(sources.diagrams.items.map((d) => [d.value.id, d.value]))
  const questions = new Map<string, OwnedQuestion>()
  const chapters = new Map<string, ChapterContent>()
  const sourceInfo = new Map<string, ChapterSourceInfo>()
  const outline: CourseOutline = {
    id: manifest.id,
    title: manifest.title,
    version: manifest.version,
    language: manifest.language,
    mastery: manifest.completion.mastery,
    chapters: [],
    finalCheck: [],
  }

  const glossary = sources.glossary.items.map((g) => g.value)
  const terms = buildTermMatcher(glossary)

  for (const source of sources.chapters) {
    const { frontMatter, references } = source.parsed
    // Terms are explained where they are read: the first occurrence in each section is marked.
    const sections = source.parsed.sections.map((s) => ({ ...s, blocks: markTermsInSection(s.blocks, terms) }))
    if (!frontMatter) throw new Error(`assemblePack: ${source.parsed.file} has no valid front matter`)
    const chapterQuestions = source.questions.items.map((item) => item.value)
    for (const question of chapterQuestions) questions.set(question.id, { ...question, chapterId: frontMatter.id })

    const diagramIds = [...new Set(references.filter((r) => r.kind === 'diagram').map((r) => r.id))]
    chapters.set(frontMatter.id, {
      courseId: manifest.id,
      id: frontMatter.id,
      title: frontMatter.title,
      minutes: frontMatter.minutes,
      objectives: frontMatter.objectives,
      sections,
      questions: chapterQuestions.map(toPublicQuestion),
      diagrams: diagramIds.flatMap((id) => diagrams.get(id) ?? []),
    })
    outline.chapters.push({
      id: frontMatter.id,
      title: frontMatter.title,
      minutes: frontMatter.minutes,
      objectives: frontMatter.objectives,
      sections: sections.map(({ id, title }) => ({ id, title })),
      questionIds: chapterQuestions.map((q) => q.id),
    })
    sourceInfo.set(frontMatter.id, {
      file: source.parsed.file,
      checkpointsFile: source.checkpointsFile,
      hangulSyllables: source.parsed.hangulSyllables,
      literalEmphasisLines: source.parsed.literalEmphasisLines,
    })
  }

  // Final-check questions are graded, stored and reviewed like any checkpoint of the chapter that
  // teaches them (`chapterId`), but only the outline's `finalCheck` lists them.
  for (const { value } of sources.finalCheck.items) {
    const { chapter, ...question } = value
    questions.set(question.id, { ...question, chapterId: chapter })
    outline.finalCheck.push(question.id)
  }

  return {
    dir,
    hash,
    outline,
    chapters,
    questions,
    diagrams,
    glossary,
    sources: sourceInfo,
  }
}
