import {
  DiagramSchema,
  FinalCheckQuestionSchema,
  GlossaryEntrySchema,
  QuestionSchema,
  type CourseManifest,
  type Diagram,
  type FinalCheckQuestion,
  type GlossaryEntry,
  type PackProblem,
  type Question,
} from '../../shared/course/schema'
import { loadManifest, MANIFEST_FILE } from './load-manifest'
import { loadYamlList, missingList, type LoadedList } from './load-yaml-list'
import { parseChapter, type ParsedChapter } from './parse-chapter'
import { decodeText, invalidUtf8Line } from './read-pack-files'

export const DIAGRAMS_FILE = 'diagrams.yaml'
export const GLOSSARY_FILE = 'glossary.yaml'
export const FINAL_CHECK_FILE = 'final-check.yaml'
export const chapterFileOf = (stem: string): string => `chapters/${stem}.md`
export const checkpointsFileOf = (stem: string): string => `checkpoints/${stem}.yaml`

/** One listed chapter: its Markdown and its questions. */
export interface ChapterSource {
  stem: string
  parsed: ParsedChapter
  checkpointsFile: string
  questions: LoadedList<Question>
}

/** Every file of a pack parsed and checked on its own; cross-file checks come next. */
export interface PackSources {
  manifest: CourseManifest | undefined
  chapters: ChapterSource[]
  diagrams: LoadedList<Diagram>
  glossary: LoadedList<GlossaryEntry>
  /** The course's cumulative final check (final-check.yaml); an empty list when the pack has none. */
  finalCheck: LoadedList<FinalCheckQuestion>
  problems: PackProblem[]
}

export function readPackSources(files: ReadonlyMap<string, Buffer>): PackSources {
  const problems: PackProblem[] = []
  const text = (path: string): string | undefined => {
    const bytes = files.get(path)
    if (bytes === undefined) return undefined
    const badLine = invalidUtf8Line(bytes)
    if (badLine !== null)
      problems.push({
        file: path,
        line: badLine,
        message: 'this line has bytes that are not UTF-8: save the file as UTF-8',
      })
    return decodeText(bytes)
  }
  const manifestResult = loadManifest(text(MANIFEST_FILE))
  problems.push(...manifestResult.problems)
  const { manifest, source: manifestSource } = manifestResult

  // Without a valid manifest, still check every chapter on disk so all problems show at once.
  const stemsOnDisk = stemsIn(files, 'chapters/', '.md')
  const stems = manifest ? [...new Set(manifest.chapters)] : stemsOnDisk

  const chapters: ChapterSource[] = []
  for (const stem of stems) {
    const chapterFile = chapterFileOf(stem)
    const chapterText = text(chapterFile)
    if (chapterText === undefined) {
      const index = manifest?.chapters.indexOf(stem) ?? 0
      problems.push({
        file: MANIFEST_FILE,
        line: manifestSource?.lineOf(['chapters', index]) ?? 1,
        message: `chapter "${stem}" is listed but ${chapterFile} does not exist`,
      })
      continue
    }
    const parsed = parseChapter(chapterText, chapterFile)
    problems.push(...parsed.problems)
    const checkpointsFile = checkpointsFileOf(stem)
    const checkpointsText = text(checkpointsFile)
    let questions = missingList<Question>()
    if (checkpointsText === undefined) {
      problems.push({
        file: chapterFile,
        line: 1,
        message: `missing ${checkpointsFile}: every chapter needs its end-of-chapter check`,
      })
    } else {
      questions = loadYamlList(checkpointsText, checkpointsFile, QuestionSchema, 'question')
      problems.push(...questions.problems)
      if (questions.items.length === 0 && questions.problems.length === 0) {
        problems.push({
          file: checkpointsFile,
          line: 1,
          message: 'the end-of-chapter check needs at least one question',
        })
      }
    }
    chapters.push({ stem, parsed, checkpointsFile, questions })
  }

  if (manifest) problems.push(...unlistedFiles(files, new Set(stems)))

  // diagrams.yaml and glossary.yaml may be left out by a pack that needs none.
  const diagramsText = text(DIAGRAMS_FILE)
  const diagrams =
    diagramsText === undefined
      ? missingList<Diagram>()
      : loadYamlList(diagramsText, DIAGRAMS_FILE, DiagramSchema, 'diagram')
  const glossaryText = text(GLOSSARY_FILE)
  const glossary =
    glossaryText === undefined
      ? missingList<GlossaryEntry>()
      : loadYamlList(glossaryText, GLOSSARY_FILE, GlossaryEntrySchema, 'glossary entry')
  problems.push(...diagrams.problems, ...glossary.problems)

  // final-check.yaml is optional too; a file that is there must hold at least one question.
  const finalCheckText = text(FINAL_CHECK_FILE)
  const finalCheck =
    finalCheckText === undefined
      ? missingList<FinalCheckQuestion>()
      : loadYamlList(finalCheckText, FINAL_CHECK_FILE, FinalCheckQuestionSchema, 'question')
  problems.push(...finalCheck.problems)
  if (finalCheck.fileExists && finalCheck.items.length === 0 && finalCheck.problems.length === 0) {
    problems.push({
      file: FINAL_CHECK_FILE,
      line: 1,
      message: 'the final check needs at least one question (or leave the file out)',
    })
  }

  return { manifest, chapters, diagrams, glossary, finalCheck, problems }
}

function stemsIn(files: ReadonlyMap<string, Buffer>, folder: string, extension: string): string[] {
  return [...files.keys()]
    .filter((path) => path.startsWith(folder) && path.endsWith(extension) && !path.slice(folder.length).includes('/'))
    .map((path) => path.slice(folder.length, -extension.length))
    .sort()
}

/** Chapter and checkpoint files that course.yaml does not list: usually a typo in a stem. */
function unlistedFiles(files: ReadonlyMap<string, Buffer>, listed: ReadonlySet<string>): PackProblem[] {
  const problems: PackProblem[] = []
  for (const stem of stemsIn(files, 'chapters/', '.md')) {
    if (!listed.has(stem)) {
      problems.push({
        file: chapterFileOf(stem),
        line: 1,
        message: `this chapter is not listed in course.yaml "chapters"`,
      })
    }
  }
  for (const stem of stemsIn(files, 'checkpoints/', '.yaml')) {
    if (!listed.has(stem)) {
      problems.push({
        file: checkpointsFileOf(stem),
        line: 1,
        message: `no chapter "${stem}" is listed in course.yaml for these questions`,
      })
    }
  }
  return problems
}
