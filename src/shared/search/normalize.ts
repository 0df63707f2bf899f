/**
 * Text as search sees it: Unicode NFC (so decomposed Hangul from a macOS clipboard matches
 * composed text), lower case, single spaces. Used on indexed text and on queries alike.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Korean particles that attach to the end of a word; longest first so 에서 wins over 에. */
const PARTICLES = [
  '에서는',
  '으로는',
  '에서',
  '으로',
  '에게',
  '까지',
  '부터',
  '처럼',
  '보다',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '랑',
]

/**
 * A query word without the particle attached to its end (`컨테이너가` → `컨테이너`), or null
 * when nothing would be left worth searching for.
 */
export function stripParticle(word: string): string | null {
  for (const particle of PARTICLES) {
    if (word.length > particle.length + 1 && word.endsWith(particle)) {
      const stem = word.slice(0, -particle.length)
      if (/[\uAC00-\uD7A3]$/.test(stem)) return stem
    }
  }
  return null
}
