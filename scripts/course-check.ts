// npm run course:check [dir] [--content-rules | --no-content-rules]
// Validates a course pack and prints every problem as `file:line: message` (exit 1), or one
// summary line (exit 0). The content budget (answer-key bias included, see
// src/main/course/answer-key-rules.ts) is this course's own bar, not a rule of the format:
// it applies to the bundled pack, and to another pack only with --content-rules.
import { join, relative, resolve } from 'node:path'
import { checkPackAnswerKeys } from '../src/main/course/answer-key-rules'
import { checkContentRules, count } from '../src/main/course/content-rules'
import { loadPack } from '../src/main/course/load-pack'
import type { LoadedPack, PackProblem } from '../src/main/course/pack-types'

const DEFAULT_DIR = 'resources/courses/sprint-3'

function main(argv: readonly string[]): number {
  const flags = argv.filter((a) => a.startsWith('--'))
  const unknownFlags = flags.filter((f) => f !== '--no-content-rules' && f !== '--content-rules')
  const dirs = argv.filter((a) => !a.startsWith('--'))
  if (unknownFlags.length > 0 || dirs.length > 1 || flags.length > 1) {
    console.error('usage: npm run course:check -- [dir] [--content-rules | --no-content-rules]')
    return 2
  }
  const dir = dirs[0] ?? DEFAULT_DIR
  const contentRules =
    flags.includes('--content-rules') || (resolve(dir) === resolve(DEFAULT_DIR) && flags.length === 0)
  const result = loadPack(dir)
  const problems = result.ok ? [] : result.problems
  if (result.ok && contentRules) problems.push(...checkContentRules(result.pack), ...checkPackAnswerKeys(dir))

  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(dir, problem))
    console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`)
    return 1
  }
  if (result.ok) console.log(summary(dir, result.pack))
  return 0
}

function formatProblem(dir: string, problem: PackProblem): string {
  const file = relative(process.cwd(), join(dir, problem.file)) || '.'
  return `${file.split('\\').join('/')}:${problem.line}: ${problem.message}`
}

function summary(dir: string, pack: LoadedPack): string {
  const chapters = [...pack.chapters.values()]
  const sections = chapters.reduce((sum, c) => sum + c.sections.length, 0)
  const hangul = chapters.map((c) => `${c.id} ${pack.sources.get(c.id)?.hangulSyllables ?? 0}`).join(', ')
  const counts = [
    count(chapters.length, 'chapter'),
    count(sections, 'section'),
    count(pack.questions.size - pack.outline.finalCheck.length, 'question'),
    ...(pack.outline.finalCheck.length > 0 ? [count(pack.outline.finalCheck.length, 'final-check question')] : []),
    count(pack.diagrams.size, 'diagram'),
    count(pack.glossary.length, 'glossary entry', 'glossary entries'),
  ]
  return `${dir}: ok — ${counts.join(', ')}; Hangul syllables per chapter: ${hangul}`
}

process.exitCode = main(process.argv.slice(2))
