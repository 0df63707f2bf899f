import { disassemble } from 'es-hangul'

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/gu
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu
const ONLY_DIGITS = /^\p{N}+$/u

/**
 * How many edits a word may be away from a vocabulary word and still be taken for it, or 0 when it
 * is too short to carry a typo. Korean is compared by jamo: one wrong vowel or final consonant
 * (라이센스, 하이퍼바이져) costs 1, two consonants swapped across syllables (컨테니어) cost 2, so
 * 3 syllables (7–9 jamo) allow 1 and 4 or more (9+ jamo) allow 2 — about a fifth of the jamo, as
 * MiniSearch's default `fuzzy: 0.2` allows for letters. Shorter Korean words are real words one
 * jamo apart (커널/커넬, 장점/단점), so they are never taken for one another. English follows the
 * same fifth: 5–9 letters allow 1 (hypervisr), 10 or more allow 2.
 */
export function typoBudget(word: string): number {
  if (ONLY_DIGITS.test(word)) return 0
  const syllables = word.match(HANGUL_SYLLABLE)?.length ?? 0
  if (syllables > 0) return syllables >= 4 ? 2 : syllables === 3 ? 1 : 0
  const letters = word.match(LETTER_OR_DIGIT)?.length ?? 0
  return letters >= 10 ? 2 : letters >= 5 ? 1 : 0
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) between two strings — the optimal string
 * alignment form of Damerau–Levenshtein — or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let current = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1)
      current[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length] ?? 0
}

/** What typos are compared as: Hangul as its jamo (라이센스 → ㄹㅏㅇㅣㅅㅔㄴㅅㅡ), anything else as is. */
export const typoForm = (word: string): string => disassemble(word)

export interface NearWord {
  word: string
  distance: number
}

interface Entry {
  word: string
  key: string
  /** How many documents hold it: among equally near words, the commoner is likelier meant. */
  docs: number
  /** Whether it is long enough to be matched for a typo (see `typoBudget`). */
  typoSized: boolean
}

/**
 * The words of an index in their typo form, bucketed by length so a lookup only compares words
 * whose length is within the allowed distance. Built once with the index.
 */
export function buildTypoVocabulary(words: Iterable<{ word: string; docs: number }>) {
  const byLength = new Map<number, Entry[]>()
  for (const { word, docs } of words) {
    if ([...word].length < 2 || ONLY_DIGITS.test(word)) continue
    const key = typoForm(word)
    const entry: Entry = { word, key, docs, typoSized: typoBudget(word) > 0 }
    const bucket = byLength.get(key.length)
    if (bucket) bucket.push(entry)
    else byLength.set(key.length, [entry])
  }

  /** Words within `max` edits of `word` (itself excluded), nearest and then commonest first. */
  function near(word: string, max: number, typoSizedOnly: boolean): NearWord[] {
    if (max <= 0) return []
    const key = typoForm(word)
    const found: (NearWord & { docs: number })[] = []
    for (let length = key.length - max; length <= key.length + max; length++) {
      for (const entry of byLength.get(length) ?? []) {
        if (typoSizedOnly && !entry.typoSized) continue
        const distance = editDistance(key, entry.key, max)
        if (distance > 0 && distance <= max) found.push({ word: entry.word, distance, docs: entry.docs })
      }
    }
    found.sort((a, b) => a.distance - b.distance || b.docs - a.docs || (a.word < b.word ? -1 : 1))
    return found.map(({ word: w, distance }) => ({ word: w, distance }))
  }

  return {
    /** Vocabulary words a typo of `word` could stand for (both long enough to carry a typo). */
    typosOf: (word: string): NearWord[] => near(word, typoBudget(word), true),
    /**
     * Words to offer when nothing matched: one edit more than a typo allows, and words too short
     * for typo matching (커넬 → 커널) at one edit.
     */
    suggestionsFor: (word: string): NearWord[] => near(word, typoBudget(word) + 1, false),
  }
}

export type TypoVocabulary = ReturnType<typeof buildTypoVocabulary>
