import type { ChapterContent } from '../../../shared/course/schema'

/**
 * The Korean webfont comes in ~120 unicode-range slices per weight, and a slice is only fetched
 * once laid-out text needs it. A chapter laid out before its slices are in is shaped twice: first
 * against fallback fonts (slow where no system font has Hangul: every syllable is looked up), then
 * again when each slice arrives. Asking for the slices the chapter's opening needs as soon as its
 * content is known lets them load while the page is still being built.
 */

const FAMILY = '"Noto Sans KR"'
/** Sections whose text is wanted up front: the ones a chapter opened at its top shows first. */
const OPENING_SECTIONS = 2

const ready = new WeakMap<ChapterContent, Promise<void>>()

/** Visible text of sanitised prose HTML (tags dropped; entities only ever encode ASCII here). */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '')

/**
 * Each character once: the browser matches every character of the text against every slice's
 * range, so two sections of prose (thousands of syllables, a few hundred distinct) cost ~30 ms of
 * the page's time where the distinct ones cost a fraction of that.
 */
const distinct = (text: string) => [...new Set(text)].join('')

/** Starts loading (once per chapter) the font slices the chapter's first screen needs. */
export function loadChapterFonts(chapter: ChapterContent): Promise<void> {
  const known = ready.get(chapter)
  if (known) return known
  const headings = distinct([chapter.title, ...chapter.sections.map((s) => s.title)].join(''))
  const body = distinct(
    [
      ...chapter.objectives,
      ...chapter.sections.map((s) => s.title),
      ...chapter.sections
        .slice(0, OPENING_SECTIONS)
        .flatMap((s) => s.blocks.map((b) => (b.kind === 'prose' ? textOf(b.html) : ''))),
    ].join(''),
  )
  const fonts = typeof document === 'undefined' ? undefined : document.fonts
  const pending = fonts
    ? Promise.all([fonts.load(`700 1em ${FAMILY}`, headings), fonts.load(`400 1em ${FAMILY}`, body)]).then(
        () => undefined,
        // A slice that fails to load leaves the fallback font in place; nothing to recover.
        () => undefined,
      )
    : Promise.resolve()
  ready.set(chapter, pending)
  return pending
}
