/**
 * Finds the search terms inside a section, scrolls the first hit into view and paints every hit
 * with the CSS Custom Highlight API — the page's DOM (rendered by Vue) is never modified.
 * Returns how many hits were painted.
 */
export function findInSection(section: HTMLElement, terms: readonly string[]): number {
  const needles = [...new Set(terms.map((t) => t.normalize('NFC').toLowerCase()).filter(Boolean))]
  if (!needles.length) return 0
  const ranges: Range[] = []
  const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').toLowerCase()
    for (const needle of needles) {
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + needle.length)
        ranges.push(range)
      }
    }
  }
  const first = ranges[0]
  if (first) {
    const top = first.getBoundingClientRect().top + window.scrollY
    window.scrollTo({ top: Math.max(0, top - window.innerHeight / 3) })
  }
  if ('highlights' in CSS) {
    CSS.highlights.set('search-hit', new Highlight(...ranges))
  }
  return ranges.length
}

/** Removes the search highlight (when the learner moves on). */
export function clearSearchHighlight(): void {
  if ('highlights' in CSS) CSS.highlights.delete('search-hit')
}
