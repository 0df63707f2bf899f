import type { PackProblem, Question } from '../../shared/course/schema'
import type { ListItem } from './load-yaml-list'
import { readPackFiles } from './read-pack-files'
import { readPackSources } from './read-pack-sources'

/**
 * Answer-key bias: habits of question writers that let a learner guess without knowing (the key
 * always first, always the longest option, correct options always on top, matching answered
 * straight down). The app shuffles what it shows, but a pack written this way is still worth
 * fixing: the habits show in the file, in exports and in any other tool. Part of the bundled
 * course's content budget (`npm run course:check`), not of the pack format.
 */
export const ANSWER_KEY_RULES = {
  /** A habit counts once it shows in more than this share of the questions of a kind. */
  maxShare: 0.5,
  /** Fewer questions of a kind than this say nothing about a habit: the rule is skipped. */
  minQuestions: 4,
} as const

export type AnswerKeyRules = { readonly [K in keyof typeof ANSWER_KEY_RULES]: number }

type Single = Extract<Question, { type: 'single' }>
type Multiple = Extract<Question, { type: 'multiple' }>
type Matching = Extract<Question, { type: 'matching' }>

/** One habit: which questions it looks at, and whether a question shows it. */
interface Habit<Q extends Question> {
  rule: string
  of: (q: Question) => q is Q
  shows: (q: Q) => boolean
  describe: (n: number, total: number) => string
}

const isType =
  <T extends Question['type']>(type: T) =>
  (q: Question): q is Extract<Question, { type: T }> =>
    q.type === type

const length = (text: string): number => [...text].length

const HABITS = [
  {
    rule: 'key-longest',
    of: isType('single'),
    shows: (q: Single) => {
      const key = q.options.find((o) => o.correct)
      return key !== undefined && q.options.every((o) => o === key || length(o.text) < length(key.text))
    },
    describe: (n: number, total: number) =>
      `in ${n} of ${total} single-choice questions the correct option is the longest (by characters)`,
  } satisfies Habit<Single>,
  {
    rule: 'multiple-leading-block',
    of: isType('multiple'),
    shows: (q: Multiple) => {
      const correct = q.options.filter((o) => o.correct).length
      return q.options.every((o, index) => o.correct === index < correct)
    },
    describe: (n: number, total: number) =>
      `in ${n} of ${total} multiple-choice questions the correct options are the first ones listed`,
  } satisfies Habit<Multiple>,
  {
    rule: 'matching-diagonal',
    of: isType('matching'),
    shows: (q: Matching) => q.left.every((l, index) => q.answer[l.id] === q.choices[index]?.id),
    describe: (n: number, total: number) =>
      `${n} of ${total} matching questions are answered straight down (each left item with the choice in the same row)`,
  } satisfies Habit<Matching>,
]

/** Reads a pack folder again, with the line of every question, and checks its answer keys. */
export function checkPackAnswerKeys(dir: string, rules: AnswerKeyRules = ANSWER_KEY_RULES): PackProblem[] {
  const sources = readPackSources(readPackFiles(dir).files)
  return checkAnswerKeys([...sources.chapters.flatMap((c) => c.questions.items), ...sources.finalCheck.items], rules)
}

/**
 * One problem per habit found in more than half of the questions of its kind (single-choice keys
 * at one position, the key the longest option, multiple-choice keys as a leading block, matching
 * answered down the diagonal), placed at the first question that shows it.
 */
export function checkAnswerKeys(
  questions: readonly ListItem<Question>[],
  rules: AnswerKeyRules = ANSWER_KEY_RULES,
): PackProblem[] {
  const problems: PackProblem[] = []
  const report = (rule: string, found: readonly ListItem<Question>[], total: number, what: string) => {
    const first = found[0]
    if (!first || total < rules.minQuestions || found.length <= total * rules.maxShare) return
    problems.push({
      file: first.file,
      line: first.line,
      message: `answer-key bias (${rule}): ${what}; vary it so the answer cannot be guessed (first such question "${first.value.id}" here)`,
    })
  }

  const singles = questions.filter((item): item is ListItem<Single> => item.value.type === 'single')
  const byPosition = new Map<number, ListItem<Question>[]>()
  for (const item of singles) {
    const position = item.value.options.findIndex((o) => o.correct)
    byPosition.set(position, [...(byPosition.get(position) ?? []), item])
  }
  for (const [position, found] of [...byPosition].sort(([a], [b]) => a - b)) {
    const what = `in ${found.length} of ${singles.length} single-choice questions the correct option is listed ${ordinal(position + 1)}`
    report('key-position', found, singles.length, what)
  }

  for (const habit of HABITS as Habit<Question>[]) {
    const ofKind = questions.filter((item) => habit.of(item.value))
    const found = ofKind.filter((item) => habit.shows(item.value))
    report(habit.rule, found, ofKind.length, habit.describe(found.length, ofKind.length))
  }
  return problems
}

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? 'st'
      : n % 10 === 2 && n % 100 !== 12
        ? 'nd'
        : n % 10 === 3 && n % 100 !== 13
          ? 'rd'
          : 'th'
  return `${n}${suffix}`
}
