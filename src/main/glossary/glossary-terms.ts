import type { GlossaryTerm } from '../../shared/glossary'
import type { LoadedPack } from '../course/pack-types'

const cache = new WeakMap<LoadedPack, GlossaryTerm[]>()

/**
 * The pack's glossary as the 용어집 page and review cards show it. The section that teaches a
 * term is the one of its chapter named for it (a section titled "하이퍼바이저 가상화"), else where
 * the chapter's text first marks it (marks are made when the pack is assembled), else the
 * chapter's start; worked out once per pack.
 */
export function glossaryTerms(pack: LoadedPack): GlossaryTerm[] {
  const known = cache.get(pack)
  if (known) return known
  const terms = pack.glossary.map((entry) => {
    const sections = pack.chapters.get(entry.chapter)?.sections ?? []
    const mark = `data-term="${entry.id}"`
    const names = [entry.ko, entry.en].map((n) => n.normalize('NFC').toLowerCase())
    const taught =
      sections.find((s) => names.some((n) => s.title.normalize('NFC').toLowerCase().includes(n))) ??
      sections.find((s) => s.blocks.some((b) => b.kind === 'prose' && b.html.includes(mark)))
    return {
      id: entry.id,
      ko: entry.ko,
      en: entry.en,
      aliases: entry.aliases ?? [],
      definition: entry.definition,
      chapterId: entry.chapter,
      sectionId: (taught ?? sections[0])?.id ?? '',
    }
  })
  cache.set(pack, terms)
  return terms
}
