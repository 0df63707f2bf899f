import { afterNextPaint, whenIdle } from '../frame-timing'
import { docTop, pageScrollY } from '../reading/page-scroll'

/** The latest a chapter just opened is recorded as the place to continue from, if never idle. */
const SAVE_AFTER_OPEN_WITHIN_MS = 1000

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
    /**
     * Whether the place on screen may not be saved yet: a save is waiting for scrolling to stop, or
     * the page has moved since the last scroll event (a key pressed in the same frame as a scroll
     * comes before that event). `window.scrollY` forces a layout, so it is read only when no save
     * is waiting.
     */
    pending: () => saveTimer !== undefined || window.scrollY !== pageScrollY(),
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
