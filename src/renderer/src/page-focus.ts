import { nextTick } from 'vue'
import { START_LOCATION, type Router } from 'vue-router'

let navigatedInApp = false

/**
 * Moves focus to the new page's heading after every in-app navigation (not for the page the app
 * starts on), the way reading apps do: a screen reader announces where the learner arrived, and the
 * next Tab continues from the top of the new page instead of from wherever the old page's button
 * or link used to be. The chapter page focuses its heading itself once its chapter is shown (the
 * heading of the section it opens at, when it opens inside the chapter); the others open at their
 * top, rather than at the scroll position the previous page left.
 */
export function moveFocusOnNavigation(router: Router): void {
  router.afterEach((to, from, failure) => {
    if (failure || from === START_LOCATION) return
    navigatedInApp = true
    if (to.name === 'chapter') return
    // Other pages open at their top, with their title focused (the chapter page places itself).
    // After the render: the page being left measures and saves its scroll position as it unmounts.
    void nextTick(() => {
      window.scrollTo({ top: 0 })
      focusHeading(document.querySelector<HTMLElement>('main h1'))
    })
  })
}

/** Whether the learner has moved between pages since the app started. */
export const arrivedByNavigation = (): boolean => navigatedInApp

/** Focuses a heading (focusable from script only) without scrolling to it. */
export function focusHeading(heading: HTMLElement | null | undefined): void {
  if (!heading) return
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
  heading.focus({ preventScroll: true })
}
