import { describe, expect, it } from 'vitest'
import { diagramsEn } from './diagrams'
import en from './en'
import { createAppI18n } from './index'

/**
 * Every English message that shows a count, rendered with 1 and with 2: English needs a singular,
 * Korean has none (its messages keep one form and ignore the count). The call sites pass the count
 * as vue-i18n's plural choice; `render` does the same here.
 */
const { t } = createAppI18n('en').global

type Case = [key: string, named: (n: number) => Record<string, unknown>, one: string, two: string]
const COUNTS: Case[] = [
  ['takeaway.summary.wrongCount', (n) => ({ n }), 'missed once', 'missed 2 times'],
  ['chapter.missingSections', () => ({}), '1 section left', '2 sections left'],
  ['chapter.missingAnswers', () => ({}), '1 more correct answer needed', '2 more correct answers needed'],
  [
    'chapter.inlineSummary',
    (n) => ({ total: n, correct: 0 }),
    '0 of 1 checkpoint in the text answered correctly',
    '0 of 2 checkpoints in the text answered correctly',
  ],
  [
    'checkpoint.summary.ordering',
    (n) => ({ n, total: 3 }),
    '1 of 3 items is in the right place.',
    '2 of 3 items are in the right place.',
  ],
  [
    'checkpoint.summary.matching',
    (n) => ({ n, total: 3 }),
    '1 of 3 items is matched correctly.',
    '2 of 3 items are matched correctly.',
  ],
  ['data.export.done', (n) => ({ rows: n, path: 'p.json' }), 'Saved 1 item to p.json', 'Saved 2 items to p.json'],
  [
    'data.export.skipped',
    () => ({}),
    '1 item that could not be read was left out.',
    '2 items that could not be read were left out.',
  ],
  [
    'data.import.unknownIds',
    () => ({}),
    '1 item refers to a chapter or question this course no longer has; it is kept but not shown.',
    '2 items refer to chapters or questions this course no longer has; they are kept but not shown.',
  ],
  ['backups.contents.answered', () => ({}), '1 question answered', '2 questions answered'],
  ['backups.contents.notes', () => ({}), '1 note', '2 notes'],
  ['data.check.orphanRows', () => ({}), '1 orphaned row', '2 orphaned rows'],
  ['data.check.unreadableDrafts', () => ({}), '1 unreadable draft answer', '2 unreadable draft answers'],
  ['data.check.unreadableSettings', () => ({}), '1 unreadable setting', '2 unreadable settings'],
  [
    'data.check.keptUnknown',
    () => ({}),
    '1 record refers to an item this course no longer has; it is kept, not deleted.',
    '2 records refer to items this course no longer has; they are kept, not deleted.',
  ],
  ['diagrams.layerCount', () => ({}), '1 layer', '2 layers'],
  ['glossary.shown', () => ({}), '1 term', '2 terms'],
  ['glossary.review.cards', () => ({}), '1 term card', '2 term cards'],
  [
    'finalCheck.score',
    (n) => ({ correct: 0, total: n }),
    '0 of 1 question answered correctly',
    '0 of 2 questions answered correctly',
  ],
  ['finalCheck.end.leftText', () => ({}), '1 chapter is not complete yet.', '2 chapters are not complete yet.'],
  ['search.count', () => ({}), '1 result', '2 results'],
  ['reader.complete.score', (n) => ({ correct: n, total: n }), '1 of 1 question correct', '2 of 2 questions correct'],
  [
    'reader.complete.announce',
    (n) => ({ correct: n, total: n }),
    'Chapter complete! You answered 1 of 1 question correctly.',
    'Chapter complete! You answered 2 of 2 questions correctly.',
  ],
  ['study.review.cards', () => ({}), '1 review card', '2 review cards'],
  ['study.review.dashboardDue', () => ({}), '1 question to review today', '2 questions to review today'],
  [
    'study.review.dashboardDueCards',
    () => ({ terms: 1 }),
    '1 card to review today (1 of them glossary terms)',
    '2 cards to review today (1 of them glossary terms)',
  ],
  ['study.notes.count', () => ({}), '1 bookmark or note', '2 bookmarks and notes'],
  ['study.stats.days', () => ({}), '1 day', '2 days'],
  ['study.stats.longest', () => ({}), 'Longest: 1 day', 'Longest: 2 days'],
  ['study.stats.todayValue', (n) => ({ minutes: 0, answered: n }), '0 min · 1 question', '0 min · 2 questions'],
  ['study.stats.answeredValue', () => ({}), '1 question', '2 questions'],
  ['study.stats.dayCount', () => ({}), '1 day', '2 days'],
  ['study.stats.minuteCount', () => ({}), '1 minute', '2 minutes'],
  ['study.stats.questionCount', () => ({}), '1 question', '2 questions'],
  [
    'study.stats.cell',
    (n) => ({ date: 'May 1', minutes: 5, answered: n }),
    'May 1: 5 min, 1 question',
    'May 1: 5 min, 2 questions',
  ],
  ['shell.hero.chaptersDone', (n) => ({ done: 0, total: n }), '0 of 1 chapter complete', '0 of 2 chapters complete'],
  [
    'shell.hero.welcomeText',
    (n) => ({ n, time: '1 h' }),
    '1 chapter, about 1 h in all. Read, answer the checkpoints and review to make it stick.',
    '2 chapters, about 1 h in all. Read, answer the checkpoints and review to make it stick.',
  ],
]

/** Messages with a count that need no plural form in English, and why. */
const NO_PLURAL: Record<string, string> = {
  'dashboard.minutes': '"min" is an abbreviation',
  'dashboard.sections': '"Sections 1/3": the noun comes first',
  'dashboard.duration': '"h" and "min" are abbreviations',
  'chapter.rule': 'a percentage',
  'checkpoint.feedback.position': 'an ordinal ("Position 2")',
  'checkpoint.ordering.moved': 'an ordinal',
  'checkpoint.matching.progress': '"1 of 3 matched" reads well for any count',
  'diagrams.stepOf': '"1 / 3"',
  'finalCheck.position': 'an ordinal ("Question 2 of 18")',
  'finalCheck.dashboardScore': '"1 of 18 answered" has no noun after the count',
  'diagrams.layerPosition': 'an ordinal',
  'glossary.review.position': 'an ordinal ("Term 2 of 5")',
  'glossary.setting.help': '"up to 5 a day" has no noun after the count',
  'diagrams.rung': 'an ordinal ("Step 2")',
  'diagrams.splitItem': '"2 in IaaS" has no noun',
  'diagrams.modelCounts': 'its counts are diagrams.layerCount',
  'diagrams.columnCounts': 'its counts are diagrams.layerCount',
  'backups.contents.chapters': '"Chapters complete: 1 of 2": the noun comes first',
  'data.check.fixedRows': 'its counts are data.check.orphanRows and the like',
  'study.review.position': 'an ordinal ("Question 2 of 5")',
  'study.notes.counter': '"/ 2000 characters" is about the limit',
  'study.notes.tooLong': 'the limit, 2000',
  'study.stats.calendarSummary': 'its counts are dayCount, minuteCount and questionCount',
  'study.stats.cellShort': '"min" and "q" are abbreviations',
  'shell.chapter.number': 'an ordinal ("Chapter 2")',
}
/** Diagram summaries are filled in by text-alternative.ts, which picks the form by `count`. */
const SUMMARY_KEYS = Object.keys(diagramsEn.summary).map((k) => `diagrams.summary.${k}`)

const COUNT_PLACEHOLDER =
  /\{(n|count|total|correct|rows|answered|days|minutes|user|provider|orphans|drafts|settings|read|percent|h|m|max)\}/

function messages(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]]
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => messages(v, prefix ? `${prefix}.${k}` : k))
}

describe('English plurals', () => {
  it.each(COUNTS)('%s says 1 in the singular and 2 in the plural', (key, named, one, two) => {
    expect(t(key, { n: 1, ...named(1) }, 1)).toBe(one)
    expect(t(key, { n: 2, ...named(2) }, 2)).toBe(two)
  })

  it('covers every English message that shows a count', () => {
    const counted = messages(en)
      .filter(([, text]) => COUNT_PLACEHOLDER.test(text))
      .map(([key]) => key)
    const covered = new Set([...COUNTS.map(([key]) => key), ...Object.keys(NO_PLURAL), ...SUMMARY_KEYS])
    expect(counted.filter((key) => !covered.has(key))).toEqual([])
    expect([...covered].filter((key) => !counted.includes(key))).toEqual([])
  })

  it('gives each diagram summary a singular and a plural form', () => {
    for (const text of Object.values(diagramsEn.summary)) expect(text.split(' | ')).toHaveLength(2)
  })
})
