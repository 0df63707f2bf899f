import { describe, expect, it } from 'vitest'
import { toPublicQuestion } from '../../src/main/course/public-question'
import { sprint3Pack } from '../support/sprint3-pack'

/**
 * Over the bundled pack, the correct option of a single-choice question must not sit where the
 * learner looks first: whatever order the authors wrote, the shown order is shuffled.
 */
describe('the bundled pack as shown', () => {
  const singles = [...sprint3Pack().questions.values()].filter((q) => q.type === 'single')

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
