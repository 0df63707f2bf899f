/**
 * Seeded display orders for a question's options, choices and items. A learner sees the same
 * order for as long as they work on one attempt (drafts are stored by id, so they stay valid),
 * and a new order each time they come back to the question after answering it: the seed is the
 * question id plus its round, the number of answers recorded for it so far.
 */

/** The seed of a question's round: round 0 is the question id alone (the order before any answer). */
export const seedOf = (questionId: string, round: number): string =>
  round === 0 ? questionId : `${questionId}#${round}`

/**
 * The order shown in `round`: a seeded shuffle that is none of the orders in `never` (e.g. the
 * answer of an ordering question) and, where the list allows it, not the previous round's order,
 * so a retry visibly reshuffles.
 */
export function arrangeForRound<T extends { id: string }>(
  items: readonly T[],
  questionId: string,
  round: number,
  never: readonly (readonly string[])[] = [],
): T[] {
  const orderOf = (seed: string, avoid: readonly (readonly string[])[]): T[] =>
    arrange(items, seed, avoid) ?? arrange(items, seed, never) ?? seededShuffle(items, seed)
  let shown = orderOf(seedOf(questionId, 0), never)
  for (let r = 1; r <= round; r += 1) {
    shown = orderOf(seedOf(questionId, r), [...never, shown.map((item) => item.id)])
  }
  return shown
}

/**
 * A seeded shuffle, rotated as little as needed to avoid every order in `avoid`; null when no
 * rotation does. Rotations of a list with unique ids are all different orders, so with n items
 * up to n - 1 orders can be avoided.
 */
function arrange<T extends { id: string }>(
  items: readonly T[],
  seed: string,
  avoid: readonly (readonly string[])[],
): T[] | null {
  const shuffled = seededShuffle(items, seed)
  for (let r = 0; r < shuffled.length; r += 1) {
    const candidate = [...shuffled.slice(r), ...shuffled.slice(0, r)]
    if (!avoid.some((order) => sameOrder(candidate, order))) return candidate
  }
  return null
}

function sameOrder(items: readonly { id: string }[], order: readonly string[]): boolean {
  return items.length === order.length && items.every((item, index) => item.id === order[index])
}

/** Fisher–Yates driven by a generator seeded from the text: same seed, same order, everywhere. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = mulberry32(fnv1a(seed))
  const shuffled = [...items]
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1))
    ;[shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T]
  }
  return shuffled
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

function mulberry32(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
