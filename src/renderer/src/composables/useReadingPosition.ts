import { clearSearchHighlight, findInSection } from '../reading/find-in-section'
import { whenIdle } from '../when-idle'
import { reapplyAfterFonts } from '../reading/reapply-after-fonts'

/** The latest a chapter just opened is recorded as the place to continue from, if never idle. */
const SAVE_AFTER_OPEN_WITHIN_MS = 1000

/** An element's distance from the top of the document. */
export const docTop = (el: HTMLElement): number => el.getBoundingClientRect().top + window.scrollY

/**
 * The page's scroll position as the last scroll event left it. Reading `window.scrollY` forces a
 * layout when one is pending (as it is while a chapter is being built), so the question "is the
 * page already at its top?" is answered from here instead.
 */
let knownScrollY = 0
if (typeof window !== 'undefined')
  window.addEventListener('scroll', () => (knownScrollY = window.scrollY), { passive: true })

/** Scrolls to the top of the page unless it is there already, without forcing a layout to find out. */
export function scrollToTop(): void {
  if (knownScrollY !== 0) window.scrollTo({ top: 0 })
}

/** Resolves after the next frame has been painted (a task queued from requestAnimationFrame). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

/**
 * Where the learner is in the chapter on screen, saved as a section and an offset into it (so the
 * exact place comes back even if text above it changes): 400 ms after scrolling stops, at once when
 * the page is left, and once after a chapter has been opened and painted.
 */
export function useReadingPosition(deps: {
  /** The section elements on screen now. */
  sectionEls: () => HTMLElement[]
  /** The chapter shown and ready, or null while one is loading. */
  shown: () => { courseId: string; chapterId: string } | null
  save: (courseId: string, chapterId: string, sectionId: string, offset: number) => void
}) {
  /**
   * The section at the top of the reading area and how far into it the learner is (negative while
   * still above the first section).
   */
  function currentPosition(): { sectionId: string; offset: number } | null {
    const els = deps.sectionEls()
    let current: HTMLElement | undefined
    for (const el of els) if (docTop(el) <= window.scrollY + 80) current = el
    current ??= els[0]
    const sectionId = current?.dataset['sectionId']
    return current && sectionId ? { sectionId, offset: window.scrollY - docTop(current) } : null
  }

  let saveTimer: ReturnType<typeof setTimeout> | undefined
  /** Bumped to cancel a save waiting for a paint: only the latest request may run. */
  let paintRequest = 0

  function saveNow(): void {
    clearTimeout(saveTimer)
    saveTimer = undefined
    const shown = deps.shown()
    const pos = shown && currentPosition()
    if (shown && pos) deps.save(shown.courseId, shown.chapterId, pos.sectionId, pos.offset)
  }

  function cancelAfterPaint(): void {
    paintRequest++
  }

  return {
    currentPosition,
    saveNow,
    /** After scrolling: waits until it has stopped for a moment. */
    saveSoon(): void {
      clearTimeout(saveTimer)
      saveTimer = setTimeout(saveNow, 400)
    },
    /** Whether a save is waiting for scrolling to stop. */
    pending: () => saveTimer !== undefined,
    /**
     * Once `chapterId` has been painted and the page is idle: measuring forces a layout (sections
     * coming into view are laid out after the first paint), which would otherwise delay the text
     * or the first input after it. Skipped if another chapter is on screen (or loading) by then;
     * leaving the page saves at once anyway.
     */
    saveAfterPaint(chapterId: string): void {
      const request = ++paintRequest
      void afterNextPaint().then(() =>
        whenIdle(() => {
          if (request === paintRequest && deps.shown()?.chapterId === chapterId) saveNow()
        }, SAVE_AFTER_OPEN_WITHIN_MS),
      )
    },
    cancelAfterPaint,
  }
}

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
