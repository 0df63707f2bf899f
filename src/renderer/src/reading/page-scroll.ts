/** An element's distance from the top of the document. */
export const docTop = (el: HTMLElement): number => el.getBoundingClientRect().top + window.scrollY

/**
 * The page's scroll position as the last scroll event left it. Reading `window.scrollY` forces a
 * layout when one is pending (as it is while a chapter is being built), so the question "is the
 * page already at its top?" is answered from here instead. Tracked from the first call of
 * `trackPageScroll` on (App.vue's, as the app mounts), for the rest of the session.
 */
let knownScrollY: number | null = null
/** Called with the new scroll position after each scroll event (see `onPageScroll`). */
const listeners = new Set<(scrollY: number) => void>()

/** Starts keeping `knownScrollY` (once; later calls do nothing). */
export function trackPageScroll(): void {
  if (knownScrollY !== null) return
  knownScrollY = window.scrollY
  window.addEventListener(
    'scroll',
    () => {
      knownScrollY = window.scrollY
      for (const listener of listeners) listener(knownScrollY)
    },
    { passive: true },
  )
}

/** The scroll position as the last scroll event left it (no layout is forced to answer). */
export const pageScrollY = (): number => knownScrollY ?? 0

/** Calls `listener` after every scroll of the page, from the one passive listener; returns the unsubscribe. */
export function onPageScroll(listener: (scrollY: number) => void): () => void {
  trackPageScroll()
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Scrolls to the top of the page unless it is there already, without forcing a layout to find out. */
export function scrollToTop(): void {
  if (knownScrollY !== 0) window.scrollTo({ top: 0 })
}
