import { onPageScroll, pageScrollY } from './page-scroll'

/**
 * How far through an area the page is scrolled, 0 to 1: 0 at the page's top, 1 once the area's
 * bottom has reached the bottom of the window (an area shorter than the window counts as read
 * through).
 */
export function scrolledFraction(scrollY: number, area: { top: number; height: number }, viewport: number): number {
  const end = area.top + area.height - viewport
  if (end <= 0) return 1
  return Math.min(1, Math.max(0, scrollY / end))
}

/**
 * Reports how far through `area` the learner has scrolled, at most once a frame. Nothing is
 * measured on scroll: the area's place and height are taken when it changes size (a
 * ResizeObserver runs after layout) and the window's height when it is resized, so a scroll only
 * does arithmetic. Returns the stop function.
 */
export function watchReadingProgress(area: HTMLElement, report: (fraction: number) => void): () => void {
  let box = { top: 0, height: 0 }
  let viewport = window.innerHeight
  let frame = 0
  const update = () => {
    frame = 0
    report(scrolledFraction(pageScrollY(), box, viewport))
  }
  const soon = () => {
    if (!frame) frame = requestAnimationFrame(update)
  }
  const sizes = new ResizeObserver(() => {
    const rect = area.getBoundingClientRect()
    // After layout (a ResizeObserver callback): reading the scroll position here costs nothing.
    box = { top: rect.top + window.scrollY, height: rect.height }
    soon()
  })
  const onResize = () => {
    viewport = window.innerHeight
    soon()
  }
  sizes.observe(area)
  window.addEventListener('resize', onResize, { passive: true })
  const unsubscribe = onPageScroll(soon)
  return () => {
    sizes.disconnect()
    window.removeEventListener('resize', onResize)
    unsubscribe()
    cancelAnimationFrame(frame)
  }
}
