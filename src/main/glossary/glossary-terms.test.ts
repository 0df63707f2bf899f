import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPack } from '../course/load-pack'
import { glossaryTerms } from './glossary-terms'

const loaded = loadPack(resolve(__dirname, '../../../resources/courses/sprint-3'))
if (!loaded.ok) throw new Error('the bundled pack must load')
const terms = new Map(glossaryTerms(loaded.pack).map((t) => [t.id, t]))

describe('glossaryTerms', () => {
  it('lists every entry of the pack with a section of its own chapter', () => {
    expect(terms.size).toBe(loaded.pack.glossary.length)
    for (const term of terms.values()) {
      const chapter = loaded.pack.outline.chapters.find((c) => c.id === term.chapterId)
      expect(
        chapter?.sections.map((s) => s.id),
        term.id,
      ).toContain(term.sectionId)
    }
  })

  it('links a term to the section named for it, else to where the text first marks it', () => {
    const sections = loaded.pack.chapters.get('virtualization')!.sections
    const titled = sections.find((s) => s.title === '하이퍼바이저 가상화')!
    expect(terms.get('hypervisor-virtualization')?.sectionId).toBe(titled.id)

    const firstMarked = sections.find((s) =>
      s.blocks.some((b) => b.kind === 'prose' && b.html.includes('data-term="guest-os"')),
    )
    expect(terms.get('guest-os')?.sectionId).toBe(firstMarked?.id)
  })
})
