/** The learner's own scrolling, clicking or typing: a pinned place gives way to it. */
const LEARNER_INPUT = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const

/**
 * Scrolls so that `target` sits at the top of the reading area (its `scroll-margin-top` below the
 * sticky header), and keeps it there while the layout around it settles, until `stop()` or the
 * learner's next scroll, click or key press.
 *
 * One scroll is not enough on a freshly opened chapter: sections off screen skip layout
 * (`content-visibility: auto`) and hold estimated heights until they are first shown, the text
 * shifts when a font slice arrives, and the sections near the target are laid out only once the
 * jump has brought them on screen. Every size change of `area`'s children therefore measures the
 * target again and scrolls by the difference, in the same frame (ResizeObserver runs after layout,
 * before paint), so the learner never sees it land in the wrong place.
 */
export function pinToReadingTop(target: HTMLElement, area: HTMLElement): () => void {
  const place = () => {
    if (!target.isConnected) return stop()
    const wanted = parseFloat(getComputedStyle(target).scrollMarginTop) || 0
    const off = target.getBoundingClientRect().top - wanted
    if (Math.abs(off) >= 1) window.scrollBy({ top: off, behavior: 'instant' })
  }
  const observer = new ResizeObserver(place)
  function stop(): void {
    observer.disconnect()
    for (const name of LEARNER_INPUT) window.removeEventListener(name, stop, true)
  }
  place()
  observer.observe(area)
  for (const child of area.children) observer.observe(child)
  for (const name of LEARNER_INPUT) window.addEventListener(name, stop, { capture: true, passive: true })
  return stop
}
