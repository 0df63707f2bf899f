import { describe, expect, it } from 'vitest'
import { arrangeForRound } from './display-order'

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `item-${i}` }))
const ids = (list: readonly { id: string }[]) => list.map((i) => i.id)

describe('arrangeForRound', () => {
  it('is deterministic per question and round, and never an order it must avoid', () => {
    for (let n = 2; n <= 8; n += 1) {
      const list = items(n)
      const answer = ids(list)
      for (let seed = 0; seed < 100; seed += 1) {
        for (let round = 0; round < 4; round += 1) {
          const once = arrangeForRound(list, `q-${seed}`, round, [answer])
          expect(ids(once)).not.toEqual(answer)
          expect(ids(once).sort()).toEqual([...answer].sort())
          expect(arrangeForRound(list, `q-${seed}`, round, [answer])).toEqual(once)
        }
      }
    }
  })

  it('changes the order from one round to the next whenever another allowed order exists', () => {
    for (let n = 2; n <= 6; n += 1) {
      const list = items(n)
      for (let seed = 0; seed < 100; seed += 1) {
        for (let round = 0; round < 4; round += 1) {
          const now = ids(arrangeForRound(list, `q-${seed}`, round))
          expect(ids(arrangeForRound(list, `q-${seed}`, round + 1))).not.toEqual(now)
        }
      }
    }
  })

  it('keeps the one order left when the answer rules out the rest (two ordering items)', () => {
    const list = items(2)
    for (let round = 0; round < 4; round += 1) {
      expect(ids(arrangeForRound(list, 'q', round, [ids(list)]))).toEqual(['item-1', 'item-0'])
    }
  })

  it('handles empty and one-item lists', () => {
    expect(arrangeForRound([], 'q', 3)).toEqual([])
    expect(ids(arrangeForRound(items(1), 'q', 3))).toEqual(['item-0'])
  })
})
