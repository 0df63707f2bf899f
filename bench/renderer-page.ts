/**
 * The renderer benchmark's code that runs inside the page (bench/renderer.ts hands it over). Plain
 * JavaScript text, not functions: tsx compiles functions with `__name(...)` helpers that do not
 * exist in the page, and the app's CSP blocks `waitForFunction`'s string predicates.
 */

/**
 * Runs in every page before its own scripts: marks the first paragraph of the article for Element
 * Timing as soon as it is inserted (before any paint), and keeps its render time (ms since
 * navigation start). Plain JavaScript text: functions handed to the page must not carry the
 * helpers a TypeScript transpiler adds (tsx's `__name`).
 */
export const FIRST_TEXT_PROBE = `(() => {
  window.__firstText = null
  window.__firstTextFrame = null
  const mark = () => {
    const p = document.querySelector('article .prose p')
    if (!p) return false
    if (!p.hasAttribute('elementtiming')) p.setAttribute('elementtiming', 'first-text')
    // A fallback where Element Timing reports nothing: the frame after the paragraph exists.
    requestAnimationFrame(() => setTimeout(() => { window.__firstTextFrame ??= performance.now() }, 0))
    return true
  }
  const observer = new MutationObserver(() => { if (mark()) observer.disconnect() })
  observer.observe(document, { childList: true, subtree: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === 'first-text' && window.__firstText === null) {
        window.__firstText = entry.renderTime || entry.loadTime || entry.startTime
      }
    }
  }).observe({ type: 'element', buffered: true })
})()`

/**
 * Waits in the page for the first-text timing (Element Timing can lag its frame a little). A
 * polling promise rather than waitForFunction, whose string predicates the app's CSP blocks.
 */
export const FIRST_TEXT_READY = `new Promise((resolve, reject) => {
  const started = performance.now()
  const poll = () => {
    if (window.__firstText !== null) return resolve({ ms: window.__firstText, source: 'element-timing' })
    if (window.__firstTextFrame !== null && performance.now() - window.__firstTextFrame > 500) {
      return resolve({ ms: window.__firstTextFrame, source: 'frame' })
    }
    if (performance.now() - started > 30000) return reject(new Error('no first-text timing after 30 s'))
    setTimeout(poll, 16)
  }
  poll()
})`

/** Where one app load spent its time (page clock, ms since navigation start). */
export const LOAD_BREAKDOWN = `(() => {
  const nav = performance.getEntriesByType('navigation')[0]
  const r = (n) => Math.round(n * 10) / 10
  return {
    htmlResponseEnd: r(nav.responseEnd),
    domContentLoaded: r(nav.domContentLoadedEventEnd),
    resources: performance.getEntriesByType('resource')
      .filter((e) => /\\.(js|css)$/.test(e.name))
      .map((e) => ({ file: e.name.split('/').pop(), start: r(e.startTime), responseEnd: r(e.responseEnd) })),
    apiCalls: window.__apiCalls.map((c) => ({ method: c.method, start: r(c.start), end: r(c.end) })),
    firstText: window.__firstText,
  }
})()`

/**
 * Clicks the `dir` chapter button and times two moments, in ms from the click:
 * - `ms`, the new chapter's text painted: the earliest Element Timing render time among the new
 *   chapter's paragraphs (each is marked as it is inserted, before any paint) — the same measure as
 *   first text on load;
 * - `completeMs`, the whole chapter built and scrolled into place (a new h1 and
 *   article[data-ready="true"]) and the frame after that painted (rAF runs before that frame's
 *   paint, the task queued from it after).
 * `shownAt` is when the chapter was complete, in page time.
 */
export const SWITCH_CHAPTER = (dir: 'next' | 'previous') => `(async () => {
  const before = document.querySelector('article h1')?.textContent ?? ''
  const button = document.querySelector('[data-testid="${dir}-chapter"]')
  if (!button) throw new Error('no ${dir}-chapter button')
  const id = 'switch-' + (window.__switches = (window.__switches ?? 0) + 1)
  let textAt = null
  const entries = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const at = entry.renderTime || entry.startTime
      if (entry.identifier === id && (textAt === null || at < textAt)) textAt = at
    }
  })
  entries.observe({ type: 'element' })
  const isNew = () => {
    const title = document.querySelector('article h1')?.textContent ?? ''
    return title !== '' && title !== before
  }
  const mark = () => {
    if (!isNew()) return
    for (const p of document.querySelectorAll('article .prose p:not([elementtiming])')) p.setAttribute('elementtiming', id)
  }
  const complete = () => isNew() && document.querySelector('article')?.dataset.ready === 'true'
  const t0 = performance.now()
  const marker = new MutationObserver(mark)
  marker.observe(document.body, { subtree: true, childList: true, characterData: true })
  button.click()
  await new Promise((shown) => {
    if (complete()) return shown()
    const observer = new MutationObserver(() => { if (complete()) { observer.disconnect(); shown() } })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  const shownAt = performance.now()
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)))
  const completeMs = performance.now() - t0
  marker.disconnect()
  // Element Timing entries arrive a little after their frame.
  const waited = performance.now()
  while (textAt === null && performance.now() - waited < 2000) await new Promise((r) => setTimeout(r, 16))
  entries.disconnect()
  if (textAt === null) throw new Error('no Element Timing entry for the new chapter text')
  return { ms: textAt - t0, completeMs, shownAt }
})()`

/**
 * Clicks the `dir` chapter button and waits until the new chapter is complete and that frame
 * painted, marking nothing: for the memory benchmark, whose figure Element Timing's buffered
 * entries (one per marked paragraph) would otherwise add to.
 */
export const SWITCH_ONLY = (dir: 'next' | 'previous') => `(async () => {
  const before = document.querySelector('article h1')?.textContent ?? ''
  const button = document.querySelector('[data-testid="${dir}-chapter"]')
  if (!button) throw new Error('no ${dir}-chapter button')
  const complete = () => {
    const title = document.querySelector('article h1')?.textContent ?? ''
    return title !== '' && title !== before && document.querySelector('article')?.dataset.ready === 'true'
  }
  button.click()
  await new Promise((shown) => {
    if (complete()) return shown()
    const observer = new MutationObserver(() => { if (complete()) { observer.disconnect(); shown() } })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)))
})()`
