import { onBeforeUnmount } from 'vue'

/**
 * Marks a section read once it has been on screen long enough to be read — at least half of it
 * (or half the viewport, for long sections) visible for `dwellMs` without a break — not merely
 * scrolled past.
 */
export function useReadTracker(onRead: (sectionId: string) => void, dwellMs = 2500) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  const done = new Set<string>()
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const id = (entry.target as HTMLElement).dataset['sectionId']
        if (!id || done.has(id)) continue
        const viewport = entry.rootBounds?.height ?? window.innerHeight
        const enough = entry.intersectionRect.height >= Math.min(entry.boundingClientRect.height, viewport) * 0.5
        if (entry.isIntersecting && enough) {
          if (!timers.has(id)) {
            timers.set(
              id,
              setTimeout(() => {
                timers.delete(id)
                done.add(id)
                onRead(id)
              }, dwellMs),
            )
          }
        } else {
          clearTimeout(timers.get(id))
          timers.delete(id)
        }
      }
    },
    { threshold: [0, 0.1, 0.25, 0.5, 0.75, 1] },
  )

  onBeforeUnmount(() => {
    observer.disconnect()
    timers.forEach((t) => clearTimeout(t))
  })

  return {
    /** Starts watching a section element (with data-section-id); already-read ids are skipped. */
    observe(el: Element, alreadyRead: boolean): void {
      const id = (el as HTMLElement).dataset['sectionId']
      if (id && alreadyRead) done.add(id)
      observer.observe(el)
    },
    reset(): void {
      observer.disconnect()
      timers.forEach((t) => clearTimeout(t))
      timers.clear()
      done.clear()
    },
  }
}
