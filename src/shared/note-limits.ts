/**
 * A note is for a thought, not a copy of the chapter: long enough for a paragraph or two. Kept
 * free of zod so the renderer can count characters without bundling the schema library.
 *
 * A "character" is what the learner sees: a grapheme cluster, so "👍", "👨‍👩‍👧‍👦" and a decomposed
 * "가" each count as one. The renderer's counter and main's check both use `countCharacters`.
 */
export const NOTE_MAX_CHARS = 2000

/**
 * A bound on the stored string itself (UTF-16 code units), so a few visible characters built
 * from endless combining marks cannot make a note huge. Generous: a family emoji is 11 units.
 */
export const NOTE_MAX_CODE_UNITS = 40_000

/**
 * Made at the first count, not when the module loads: building a segmenter loads ICU's break rules,
 * tens of milliseconds of the renderer's start-up that no first screen needs (notes are counted
 * only once the learner edits one).
 */
let graphemes: Intl.Segmenter | undefined

/** How many characters the learner sees in `text` (grapheme clusters). */
export function countCharacters(text: string): number {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  let n = 0
  for (const _ of graphemes.segment(text)) n++
  return n
}

/** Whether `text` fits in a note: at most NOTE_MAX_CHARS visible characters. */
export function fitsInNote(text: string): boolean {
  return text.length <= NOTE_MAX_CODE_UNITS && countCharacters(text) <= NOTE_MAX_CHARS
}
