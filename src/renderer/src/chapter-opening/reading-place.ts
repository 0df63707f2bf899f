import { clearSearchHighlight, findInSection } from '../reading/find-in-section'
import { docTop, scrollToTop } from '../reading/page-scroll'
import { reapplyAfterFonts } from '../reading/reapply-after-fonts'

/** A place to open a chapter at: a section and an offset into it, and words to show there. */
export interface ReadingPlace {
  sectionId: string | null
  offset: number
  /** Words of a search to highlight in the section (and scroll to, instead of the offset). */
  find: string
}

/**
 * Scrolls to `place` among the chapter's `sections` (to the top when it names none of them). With
 * `mayDefer`, a place above the first section (the chapter's title and objectives: most often the
 * top itself) is left for after the first paint — the returned function — instead of forcing a
 * layout before anything is shown; the page opens at its top meanwhile.
 */
export function restoreReadingPlace(
  sections: HTMLElement[],
  place: ReadingPlace,
  mayDefer: boolean,
): (() => void) | undefined {
  const el = sections.find((e) => e.dataset['sectionId'] === place.sectionId)
  clearSearchHighlight()
  if (!el) {
    scrollToTop()
    return undefined
  }
  // Arriving from a search result: show the match itself, highlighted.
  if (place.find) {
    window.scrollTo({ top: docTop(el) + place.offset })
    findInSection(el, place.find.split(' '))
    return undefined
  }
  const apply = () => window.scrollTo({ top: docTop(el) + place.offset })
  const applyNowAndAfterFonts = () => {
    apply()
    reapplyAfterFonts(apply, () => el.isConnected)
  }
  if (mayDefer && place.offset < 0 && el === sections[0]) {
    scrollToTop()
    return () => {
      if (el.isConnected) applyNowAndAfterFonts()
    }
  }
  applyNowAndAfterFonts()
  return undefined
}
