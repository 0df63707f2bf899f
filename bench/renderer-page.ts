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
 * Clicks the `dir` chapter button, waits for a new h1 with article[data-ready="true"], then for
 * the frame that shows it (rAF runs before that frame's paint, the task after it after), and
 * returns the ms taken.
 */
export const SWITCH_CHAPTER = (dir: 'next' | 'previous') => `(async () => {
  const before = document.querySelector('article h1')?.textContent ?? ''
  const button = document.querySelector('[data-testid="${dir}-chapter"]')
  if (!button) throw new Error('no ${dir}-chapter button')
  const done = () => {
    const article = document.querySelector('article')
    const title = article?.querySelector('h1')?.textContent ?? ''
    return article?.dataset.ready === 'true' && title !== '' && title !== before
  }
  const t0 = performance.now()
  button.click()
  await new Promise((shown) => {
    if (done()) return shown()
    const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); shown() } })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  const shownAt = performance.now()
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)))
  return { ms: performance.now() - t0, shownAt }
})()`
