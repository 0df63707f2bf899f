import type { LoadedPack, PackProblem } from './pack-types'
import { DIAGRAMS_FILE, GLOSSARY_FILE } from './read-pack-sources'

/**
 * The content budget of the bundled course. Kept apart from the format
 * checks so small test packs stay valid; `npm run course:check` applies both. Besides the
 * numbers below, no chapter may show a literal `**` once rendered.
 */
export const CONTENT_RULES = {
  minHangulPerChapter: 1500,
  minQuestionsPerChapter: 5,
  minDiagrams: 3,
  minGlossaryEntries: 25,
} as const

export type ContentRules = { readonly [K in keyof typeof CONTENT_RULES]: number }

/** `1 diagram`, `3 diagrams`. */
export const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`

export function checkContentRules(pack: LoadedPack, rules: ContentRules = CONTENT_RULES): PackProblem[] {
  const problems: PackProblem[] = []
  for (const chapter of pack.outline.chapters) {
    const source = pack.sources.get(chapter.id)
    if (!source) continue
    if (source.hangulSyllables < rules.minHangulPerChapter) {
      problems.push({
        file: source.file,
        line: 1,
        message: `chapter "${chapter.id}" has ${source.hangulSyllables} Hangul syllables of body text; at least ${rules.minHangulPerChapter} are needed`,
      })
    }
    for (const line of source.literalEmphasisLines) {
      problems.push({
        file: source.file,
        line,
        message:
          'a literal "**" survives rendering here (the bold never closed): check the markers around punctuation and particles',
      })
    }
    if (chapter.questionIds.length < rules.minQuestionsPerChapter) {
      problems.push({
        file: source.checkpointsFile,
        line: 1,
        message: `chapter "${chapter.id}" has ${count(chapter.questionIds.length, 'question')}; at least ${rules.minQuestionsPerChapter} are needed`,
      })
    }
  }
  if (pack.diagrams.size < rules.minDiagrams) {
    problems.push({
      file: DIAGRAMS_FILE,
      line: 1,
      message: `the pack has ${count(pack.diagrams.size, 'diagram')}; at least ${rules.minDiagrams} are needed`,
    })
  }
  if (pack.glossary.length < rules.minGlossaryEntries) {
    problems.push({
      file: GLOSSARY_FILE,
      line: 1,
      message: `the pack has ${count(pack.glossary.length, 'glossary entry', 'glossary entries')}; at least ${rules.minGlossaryEntries} are needed`,
    })
  }
  return problems
}
