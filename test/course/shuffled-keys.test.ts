import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPack } from '../../src/main/course/load-pack'
import { toPublicQuestion } from '../../src/main/course/public-question'

/**
 * Over the bundled pack, the correct option of a single-choice question must not sit where the
 * learner looks first: whatever order the authors wrote, the shown order is shuffled.
 */
describe('the bundled pack as shown', () => {
  const result = loadPack(resolve(__dirname, '../../resources/courses/sprint-3'))
  if (!result.ok) throw new Error('the bundled pack must load')
  const singles = [...result.pack.questions.values()].filter((q) => q.type === 'single')

  it.each([0, 1, 2, 3])('shows the key first in at most half of the single-choice questions (round %i)', (round) => {
    expect(singles.length).toBeGreaterThan(4)
    const keyFirst = singles.filter((q) => {
      const shown = toPublicQuestion(q, round)
      const key = q.options.find((o) => o.correct)?.id
      return shown.type === 'single' && shown.options[0]?.id === key
    }).length
    expect(keyFirst, `${keyFirst} of ${singles.length} show the key first`).toBeLessThanOrEqual(singles.length / 2)
  })
})
