import { disassemble } from 'es-hangul'

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/gu
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu
const ONLY_DIGITS = /^\p{N}+$/u
const HANGUL_JAMO = /[\u3131-\u318E]/u

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

/** Rows of the distance table, kept between calls: a lookup compares hundreds of words. */
let rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

/**
 * Edits (insert, delete, substitute, swap two neighbours) between two strings — the optimal string
 * alignment form of Damerau–Levenshtein — or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  if ((rows[0]?.length ?? 0) <= b.length) rows = rows.map(() => new Int32Array(b.length + 1))
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array]
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    const ai = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1)
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1))
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, before[j - 2]! + 1)
      current[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length]!
}

/** What typos are compared as: Hangul as its jamo (라이센스 → ㄹㅏㅇㅣㅅㅔㄴㅅㅡ), anything else as is. */
export const typoForm = (word: string): string => (/[\uAC00-\uD7A3]/u.test(word) ? disassemble(word) : word)

/**
 * Which characters a string holds, as 64 bits (two numbers): one edit adds or removes at most two
 * characters, so two strings whose sets differ in more than 2 × max bits are more than max edits
 * apart — a cheap test that skips most of the vocabulary before any distance is computed.
 */
function signature(key: string): [number, number] {
  let lo = 0
  let hi = 0
  for (let i = 0; i < key.length; i++) {
    const bit = key.charCodeAt(i) % 64
    if (bit < 32) lo |= 1 << bit
    else hi |= 1 << (bit - 32)
  }
  return [lo, hi]
}

const bitCount = (n: number): number => {
  let v = n - ((n >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

export interface NearWord {
  word: string
  distance: number
}

interface Entry {
  word: string
  key: string
  lo: number
  hi: number
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
  // Korean and other words apart too: a jamo string is never a few edits from a Latin one.
  const byLength = new Map<string, Entry[]>()
  const bucketOf = (key: string, length: number) => `${HANGUL_JAMO.test(key) ? 'ko' : 'en'}${length}`
  for (const { word, docs } of words) {
    if ([...word].length < 2 || ONLY_DIGITS.test(word)) continue
    const key = typoForm(word)
    const [lo, hi] = signature(key)
    const entry: Entry = { word, key, lo, hi, docs, typoSized: typoBudget(word) > 0 }
    const bucket = byLength.get(bucketOf(key, key.length))
    if (bucket) bucket.push(entry)
    else byLength.set(bucketOf(key, key.length), [entry])
  }

  /** Words within `max` edits of `word` (itself excluded), nearest and then commonest first. */
  function near(word: string, max: number, typoSizedOnly: boolean): NearWord[] {
    if (max <= 0) return []
    const key = typoForm(word)
    const [lo, hi] = signature(key)
    const found: (NearWord & { docs: number })[] = []
    for (let length = key.length - max; length <= key.length + max; length++) {
      for (const entry of byLength.get(bucketOf(key, length)) ?? []) {
        if (typoSizedOnly && !entry.typoSized) continue
        if (bitCount(lo ^ entry.lo) + bitCount(hi ^ entry.hi) > 2 * max) continue
        const distance = editDistance(key, entry.key, max)
        if (distance > 0 && distance <= max) found.push({ word: entry.word, distance, docs: entry.docs })
      }
    }
    found.sort((a, b) => a.distance - b.distance || b.docs - a.docs || (a.word < b.word ? -1 : 1))
    return found.map(({ word: w, distance }) => ({ word: w, distance }))
  }

  const known = new Set<string>()
  for (const bucket of byLength.values()) for (const entry of bucket) known.add(entry.word)

  return {
    /** Whether the vocabulary holds the word as it is: a word the course spells so is not a typo. */
    has: (word: string): boolean => known.has(word),
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
