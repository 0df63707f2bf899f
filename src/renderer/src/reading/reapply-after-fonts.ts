/**
 * Applies a restored scroll position once more when the webfont slices in use have loaded. Text
 * measured before its slice arrived has other line heights; when the slice comes in, the content
 * above the learner's spot changes height and scroll anchoring keeps some other element still, so
 * the position drifts by a few pixels. Skipped if the learner scrolls, clicks or types first, or
 * if the fonts take longer than `capMs`.
 */
export function reapplyAfterFonts(apply: () => void, stillCurrent: () => boolean, capMs = 3000): void {
  // No font loading API (test DOMs): nothing will arrive later to shift the text.
  if (!('fonts' in document)) return
  let cancelled = false
  const cancel = () => {
    cancelled = true
  }
  const events = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const
  for (const name of events) window.addEventListener(name, cancel, { once: true, passive: true })
  const timer = setTimeout(cancel, capMs)
  void document.fonts.ready.then(() => {
    clearTimeout(timer)
    for (const name of events) window.removeEventListener(name, cancel)
    if (!cancelled && stillCurrent()) apply()
  })
}
