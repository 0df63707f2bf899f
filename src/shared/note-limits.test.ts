import { describe, expect, it } from 'vitest'
import { countCharacters, fitsInNote, NOTE_MAX_CHARS } from './note-limits'

const FAMILY = '👨‍👩‍👧‍👦'

describe('counting note characters as the learner sees them', () => {
  it.each([
    ['가나다', 3],
    ['👍', 1],
    [FAMILY, 1],
    ['🇰🇷', 1],
    ['가'.normalize('NFD'), 1],
    ['e\u0301', 1],
    ['메모 👍🏽!', 5],
  ])('%s counts as %i', (text, n) => expect(countCharacters(text)).toBe(n))

  it('lets a note hold the limit in any characters, and no more', () => {
    expect(fitsInNote(FAMILY.repeat(NOTE_MAX_CHARS))).toBe(true)
    expect(fitsInNote(FAMILY.repeat(NOTE_MAX_CHARS + 1))).toBe(false)
    expect(fitsInNote('가'.repeat(NOTE_MAX_CHARS + 1))).toBe(false)
    // A few visible characters made of endless combining marks are still bounded.
    expect(fitsInNote(`a${'\u0301'.repeat(50_000)}`)).toBe(false)
  })
})
