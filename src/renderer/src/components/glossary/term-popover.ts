import { shallowRef } from 'vue'

/** The one term popover open in the app: which term, shown beside which marked word. */
export interface OpenTerm {
  termId: string
  anchor: HTMLElement
  /** Opened by hover (closes when the pointer leaves) or by focus/click (closes on blur/Escape). */
  by: 'hover' | 'focus'
  /** The section whose prose holds the word: only its component shows the popover. */
  owner: string
}

/** Shared by every section's prose, so opening one term's popover closes any other. */
export const openTerm = shallowRef<OpenTerm | null>(null)

let closeTimer: ReturnType<typeof setTimeout> | undefined

/** Hover popovers wait a moment before closing, so the pointer can move onto the link. */
export function closeSoon(): void {
  if (openTerm.value?.by !== 'hover') return
  clearTimeout(closeTimer)
  closeTimer = setTimeout(() => (openTerm.value = null), 250)
}

/** The pointer came back (onto the word or the popover): keep it open. */
export function stayOpen(): void {
  clearTimeout(closeTimer)
}

export function openPopover(next: OpenTerm): void {
  stayOpen()
  // A popover opened by focus stays until blur or Escape, even if the pointer passes over it.
  const current = openTerm.value
  if (next.by === 'hover' && current?.by === 'focus' && current.anchor === next.anchor) return
  openTerm.value = next
}

/** The marked term a DOM event concerns, if any. */
export const termElementOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>('[data-term]') : null

/** The id the hidden definition of a term in a section gets (each term is marked once per section). */
export const descriptionId = (chapterId: string, sectionId: string, termId: string): string =>
  `term-def-${chapterId}-${sectionId}-${termId}`

/** Terms marked in a prose block's HTML, in order. */
export const termIdsIn = (html: string): string[] => [...html.matchAll(/data-term="([a-z0-9-]+)"/g)].map((m) => m[1]!)

/**
 * Where the popover goes: below the word, or above it when there is no room below; kept inside
 * the window horizontally. Pure so it can be tested without layout.
 */
export function placePopover(
  anchor: { top: number; bottom: number; left: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
): { top: number; left: number } {
  const below = anchor.bottom + gap
  const top =
    below + size.height <= viewport.height || anchor.top - gap - size.height < 0
      ? below
      : anchor.top - gap - size.height
  const left = Math.max(8, Math.min(anchor.left, viewport.width - size.width - 8))
  return { top, left }
}
