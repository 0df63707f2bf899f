import { josa } from 'es-hangul'

/**
 * The word followed by 을 or 를, chosen by its final consonant ("온-프라미스를", "커널을"). A
 * trailing "(…)" is read past, as Korean does: "호스트 OS (공유 커널)" takes the particle of "OS".
 */
export function withObjectParticle(word: string): string {
  const spoken = word.replace(/\s*\([^()]*\)\s*$/, '') || word
  return `${word}${josa.pick(spoken, '을/를')}`
}
