import { computed, nextTick, onBeforeUnmount, ref, shallowRef } from 'vue'
import type { ChapterContent } from '../../../shared/course/schema'
import type { ChapterState } from '../../../shared/progress'
import { errorKey } from '../error-text'
import { afterNextPaint } from '../frame-timing'
import { clearSearchHighlight } from '../reading/find-in-section'
import { trackPageScroll } from '../reading/page-scroll'
import { useChapterStateStore } from '../stores/chapter-state'
import {
  chapterContent,
  forgetChapterStates,
  prefetchChapterContent,
  prefetchChapterState,
  takeChapterState,
} from './chapter-cache'
import { type ReadingPlace, restoreReadingPlace } from './reading-place'

/**
 * The chapter open on the chapter page: fetching it (from the cache, which the first screen and the
 * previous chapter filled ahead), showing it in two steps, putting the learner back where they
 * were, and getting the next chapters ready. Leaving the page forgets the states asked for ahead.
 */
export function useChapterOpening(deps: {
  courseId: () => string
  chapterId: () => string
  /** The section elements on screen now. */
  sectionEls: () => HTMLElement[]
  /** The place the address names (a search hit, "continue"), if it names a section. */
  placeInUrl: () => ReadingPlace | null
  /** The chapters likely to be opened next: their saved state is asked for ahead. */
  neighbours: () => string[]
  /** Every chapter of the course: their content is fetched ahead. */
  allChapters: () => string[]
  /** Runs once the chapter is shown in full and in place, just before it is marked ready. */
  onShown: () => void
}) {
  const chapterState = useChapterStateStore()
  const content = shallowRef<ChapterContent | null>(null)
  /** Why the chapter could not be opened: the i18n key of a sentence for the learner. */
  const loadError = ref<ReturnType<typeof errorKey> | null>(null)
  /** Set once the chapter is shown and scrolled to where the learner left off. */
  const ready = ref(false)
  /**
   * How many of the chapter's sections are rendered. A chapter opens with the sections up to the one
   * the learner lands in plus the next; the rest (and the end-of-chapter check, whose question cards
   * are a third of a chapter's elements) follow right after the first paint, so the text on screen
   * does not wait for Vue to build everything below it.
   */
  const renderedCount = ref(Number.POSITIVE_INFINITY)
  const renderedSections = computed(() => content.value?.sections.slice(0, renderedCount.value) ?? [])
  const allRendered = computed(() => renderedSections.value.length === (content.value?.sections.length ?? 0))
  /** Bumped by every open (and by leaving): an open that is no longer the latest stops where it is. */
  let latest = 0
  let saved: ChapterState['position'] = null
  trackPageScroll()

  /**
   * Where to open: the place named in the address, else where the learner last was in this
   * chapter, else the top.
   */
  function placeToOpen(): ReadingPlace {
    return deps.placeInUrl() ?? { sectionId: saved?.sectionId ?? null, offset: saved?.scrollOffset ?? 0, find: '' }
  }

  /** Opens the current chapter; true once it is shown in place, false if it failed or another open took over. */
  async function open(): Promise<boolean> {
    const token = ++latest
    const courseId = deps.courseId()
    const chapterId = deps.chapterId()
    ready.value = false
    loadError.value = null
    try {
      const [chapter, state] = await Promise.all([
        chapterContent(courseId, chapterId),
        takeChapterState(courseId, chapterId),
      ])
      if (token !== latest) return false
      saved = chapterState.applyChapter(state)
      const landing = placeToOpen().sectionId
      renderedCount.value =
        Math.max(
          0,
          chapter.sections.findIndex((s) => s.id === landing),
        ) + 2
      content.value = chapter
    } catch (err) {
      if (token === latest) loadError.value = errorKey(err)
      return false
    }
    await nextTick()
    const partial = !allRendered.value
    const finishScroll = restoreReadingPlace(deps.sectionEls(), placeToOpen(), partial)
    if (partial) {
      await afterNextPaint()
      if (token !== latest) return false
      finishScroll?.()
      // Sections added below the one scrolled to do not move it.
      renderedCount.value = Number.POSITIVE_INFINITY
      await nextTick()
    }
    deps.onShown()
    ready.value = true
    // Asked for now, so opening the next chapter waits on nothing: the neighbours' state (which only
    // their own page changes, once this page's drafts are sent), and every chapter's content (its
    // font slices load at idle times).
    chapterState.flushDrafts()
    for (const neighbour of deps.neighbours()) prefetchChapterState(courseId, neighbour)
    for (const other of deps.allChapters()) prefetchChapterContent(courseId, other)
    return true
  }

  onBeforeUnmount(() => {
    latest++
    // Other pages (review) change what a chapter's state holds: ask again next time.
    forgetChapterStates()
    clearSearchHighlight()
  })

  return { content, loadError, ready, renderedSections, allRendered, open, placeToOpen }
}
