import { getChoseong } from 'es-hangul'
import type { GlossaryTerm } from '../../../shared/glossary'
import { normalizeForSearch } from '../../../shared/search/normalize'

export type GlossaryGrouping = 'chapter' | 'alphabet'

export interface GlossaryGroup {
  /** Stable key: a chapter id, an initial consonant, a capital letter, or `other`. */
  key: string
  /** What the heading shows: a chapter title, ㄱ, A; `other` is named by the view. */
  label: string
  terms: GlossaryTerm[]
}

const HANGUL_SYLLABLE = /^[\uAC00-\uD7A3]/
const CHOSEONG_ONLY = /^[\u3131-\u314E]+$/
const LATIN = /^[A-Za-z]/
const squeeze = (text: string) => text.replace(/ /g, '')

/**
 * Whether a term matches what the learner typed, with search's normalisation (NFC, case, spacing):
 * its Korean or English name, an alias or its definition. A query of initial consonants only
 * (ㅋㄴㅌㅇ) matches the Korean name's initials, as Korean users expect from a list filter.
 */
export function matchesTerm(term: GlossaryTerm, query: string): boolean {
  const q = normalizeForSearch(query)
  if (!q) return true
  const names = [term.ko, term.en, ...term.aliases].map(normalizeForSearch)
  if (CHOSEONG_ONLY.test(squeeze(q))) return squeeze(getChoseong(term.ko)).startsWith(squeeze(q))
  const fields = [...names, normalizeForSearch(term.definition)]
  return fields.some((f) => f.includes(q) || squeeze(f).includes(squeeze(q)))
}

/** The group a term's Korean name files under: its first initial consonant, a capital letter, or other. */
export function initialOf(term: GlossaryTerm): string {
  const first = term.ko.normalize('NFC').trim()[0] ?? ''
  if (HANGUL_SYLLABLE.test(first)) return getChoseong(first)
  if (LATIN.test(first)) return first.toUpperCase()
  return 'other'
}

/** Hangul initials first (in ㄱㄴㄷ order), then A–Z, then anything else. */
function initialRank(key: string): [number, string] {
  if (key === 'other') return [2, key]
  return [LATIN.test(key) ? 1 : 0, key]
}

const byKoreanName = (a: GlossaryTerm, b: GlossaryTerm) => a.ko.localeCompare(b.ko, 'ko')

/**
 * The terms to show, grouped: by the chapter that teaches them (in reading order, pack order
 * inside) or by initial (ㄱㄴㄷ, then ABC, each sorted by its Korean name). Empty groups are left out.
 */
export function groupTerms(
  terms: readonly GlossaryTerm[],
  grouping: GlossaryGrouping,
  chapters: readonly { id: string; title: string }[],
): GlossaryGroup[] {
  if (grouping === 'chapter') {
    return chapters
      .map((c) => ({ key: c.id, label: c.title, terms: terms.filter((t) => t.chapterId === c.id) }))
      .filter((g) => g.terms.length > 0)
  }
  const groups = new Map<string, GlossaryTerm[]>()
  for (const term of [...terms].sort(byKoreanName)) {
    const key = initialOf(term)
    groups.set(key, [...(groups.get(key) ?? []), term])
  }
  return [...groups]
    .sort(([a], [b]) => {
      const [ra, ka] = initialRank(a)
      const [rb, kb] = initialRank(b)
      return ra - rb || ka.localeCompare(kb, 'ko')
    })
    .map(([key, list]) => ({ key, label: key, terms: list }))
}
