/**
 * The section being read: the last one, in reading order, whose top has reached the reading line
 * (a third of the way down the window), so a short section jumped to counts from its heading on
 * and a long one stays current while the learner is in the middle of it. Null above the first.
 *
 * An IntersectionObserver whose area ends at the line says when some section crosses it; only then
 * are the sections' tops compared with the line (its callback runs after layout, so reading them
 * forces none). All are compared, not only the entries: a long jump can carry a section from one
 * side to the other between two frames without it ever crossing.
 */
export function watchCurrentSection(onChange: (sectionId: string | null) => void) {
  let sections: readonly HTMLElement[] = []
  let current: string | null = null
  const set = (next: string | null) => {
    if (next !== current) onChange((current = next))
  }
  const observer = new IntersectionObserver(
    (entries) => {
      const line = entries[0]?.rootBounds?.bottom ?? window.innerHeight / 3
      set(
        currentOf(
          sections.map((s) => ({ id: s.dataset['sectionId'] ?? '', top: s.getBoundingClientRect().top })),
          line,
        ),
      )
    },
    { rootMargin: '0px 0px -67% 0px' },
  )
  return {
    /** Starts watching the chapter's section elements (with data-section-id), in reading order. */
    observe(els: readonly HTMLElement[]): void {
      sections = els
      for (const section of els) observer.observe(section)
    },
    /** Forgets the chapter (before the next one opens). */
    reset(): void {
      observer.disconnect()
      sections = []
      set(null)
    },
    disconnect: () => observer.disconnect(),
  }
}

/** The last section, in reading order, whose top is at or above the line. */
export function currentOf(sections: readonly { id: string; top: number }[], line: number): string | null {
  let found: string | null = null
  for (const section of sections) if (section.top <= line) found = section.id
  return found
}
