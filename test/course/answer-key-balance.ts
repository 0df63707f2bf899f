import type { Question } from '../../src/shared/course/question-schema'

/**
 * How guessable a set of questions is from the file alone (file order and option shape), for
 * an app or an export that shows questions as written. Every share is "how many of the
 * questions of that kind give their answer away this way"; above one in two fails.
 */
export interface KeyBalance {
  single: {
    count: number
    /** How many keys sit at each position (0 = first option in the file). */
    keyPositions: number[]
    /** The largest share of keys held by one position. */
    topPositionShare: number
    /** Keys at least as long (in characters) as every other option. */
    keyLongest: number
    keyLongestShare: number
    /** Keys at most as long as every other option: the opposite tell. */
    keyShortest: number
    keyShortestShare: number
  }
  multiple: {
    count: number
    /** The correct options come first, as one block, with every wrong option after them. */
    leadingBlock: number
    leadingBlockShare: number
  }
  matching: {
    count: number
    /** Read down the left items, the matched choices never go back up the choice list (a diagonal is one case). */
    inChoiceOrder: number
    inChoiceOrderShare: number
  }
  ordering: {
    count: number
    /** Items written in the answer's order, or in its exact reverse. */
    listedInOrder: number
    listedInOrderShare: number
  }
  truefalse: {
    count: number
    answeredTrue: number
    /** The larger of the true share and the false share. */
    topSideShare: number
  }
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole)

export function keyBalance(questions: Iterable<Question>): KeyBalance {
  const all = [...questions]
  const singles = all.filter((q) => q.type === 'single')
  const multiples = all.filter((q) => q.type === 'multiple')
  const matchings = all.filter((q) => q.type === 'matching')
  const orderings = all.filter((q) => q.type === 'ordering')
  const truefalses = all.filter((q) => q.type === 'truefalse')

  const keyPositions: number[] = []
  let keyLongest = 0
  let keyShortest = 0
  for (const q of singles) {
    const at = q.options.findIndex((o) => o.correct)
    while (keyPositions.length <= at) keyPositions.push(0)
    keyPositions[at] = (keyPositions[at] ?? 0) + 1
    const key = q.options[at]
    const others = q.options.filter((o) => !o.correct)
    const length = (text: string): number => [...text].length
    if (key && others.every((o) => length(key.text) >= length(o.text))) keyLongest += 1
    if (key && others.every((o) => length(key.text) <= length(o.text))) keyShortest += 1
  }

  const leadingBlock = multiples.filter((q) => {
    const firstWrong = q.options.findIndex((o) => !o.correct)
    return firstWrong > 0 && q.options.slice(firstWrong).every((o) => !o.correct)
  }).length

  const inChoiceOrder = matchings.filter((q) => {
    const indexes = q.left.map((l) => q.choices.findIndex((c) => c.id === q.answer[l.id]))
    return indexes.every((index, i) => i === 0 || index >= (indexes[i - 1] ?? 0))
  }).length

  const listedInOrder = orderings.filter((q) => {
    const written = q.items.map((i) => i.id).join(' ')
    return written === q.answer.join(' ') || written === [...q.answer].reverse().join(' ')
  }).length

  const answeredTrue = truefalses.filter((q) => q.answer).length

  return {
    single: {
      count: singles.length,
      keyPositions,
      topPositionShare: share(Math.max(0, ...keyPositions), singles.length),
      keyLongest,
      keyLongestShare: share(keyLongest, singles.length),
      keyShortest,
      keyShortestShare: share(keyShortest, singles.length),
    },
    multiple: { count: multiples.length, leadingBlock, leadingBlockShare: share(leadingBlock, multiples.length) },
    matching: { count: matchings.length, inChoiceOrder, inChoiceOrderShare: share(inChoiceOrder, matchings.length) },
    ordering: { count: orderings.length, listedInOrder, listedInOrderShare: share(listedInOrder, orderings.length) },
    truefalse: {
      count: truefalses.length,
      answeredTrue,
      topSideShare: share(Math.max(answeredTrue, truefalses.length - answeredTrue), truefalses.length),
    },
  }
}

/** One line per kind, for a report or a failing assertion's message. */
export function describeKeyBalance(b: KeyBalance): string {
  const pct = (x: number): string => `${Math.round(x * 100)}%`
  return [
    `single ${b.single.count}: keys by position [${b.single.keyPositions.join(', ')}] (top ${pct(b.single.topPositionShare)}), key longest ${b.single.keyLongest} (${pct(b.single.keyLongestShare)}), key shortest ${b.single.keyShortest} (${pct(b.single.keyShortestShare)})`,
    `multiple ${b.multiple.count}: correct options as a leading block ${b.multiple.leadingBlock} (${pct(b.multiple.leadingBlockShare)})`,
    `matching ${b.matching.count}: answered down the choice list ${b.matching.inChoiceOrder} (${pct(b.matching.inChoiceOrderShare)})`,
    `ordering ${b.ordering.count}: items written in answer order ${b.ordering.listedInOrder} (${pct(b.ordering.listedInOrderShare)})`,
    `truefalse ${b.truefalse.count}: true ${b.truefalse.answeredTrue} (top side ${pct(b.truefalse.topSideShare)})`,
  ].join('\n')
}

/** The shares that must stay at or below one in two. */
export function keyBalanceViolations(b: KeyBalance, limit = 0.5): string[] {
  const checks: [string, number][] = [
    ['one position holds more than half of the single-choice keys', b.single.topPositionShare],
    ['the key is the longest option in more than half of the single-choice questions', b.single.keyLongestShare],
    [
      'the correct options come first as a block in more than half of the multiple-choice questions',
      b.multiple.leadingBlockShare,
    ],
    [
      'more than half of the matching questions are answered straight down the choice list',
      b.matching.inChoiceOrderShare,
    ],
    ['more than half of the ordering questions list their items in answer order', b.ordering.listedInOrderShare],
  ]
  return checks.filter(([, value]) => value > limit).map(([message]) => message)
}
