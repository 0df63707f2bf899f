import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ChapterContent, CourseOutline } from '../../../shared/course/schema'
import type { MethodOutput } from '../../../shared/ipc/contract'
import { api, call } from '../api'
import { loadChapterFonts } from '../chapter-fonts'
import { takeEarly } from '../early-requests'

/** Runs `task` when the page has nothing else to do (soon after, where idle callbacks are missing). */
const whenIdle = (task: () => void) =>
  'requestIdleCallback' in window ? window.requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200)

/** The course the learner studies: the catalog, the open course's outline and chapter contents. */
export const useCourseStore = defineStore('course', () => {
  /** Installed packs, including broken ones (shown, never hidden). */
  const catalog = shallowRef<MethodOutput<'getCatalog'> | null>(null)
  /** The open course's outline, or null before loading / when no course loads. */
  const outline = shallowRef<CourseOutline | null>(null)
  /** Why the course could not be loaded, for the error screen. */
  const loadError = ref<string | null>(null)
  const chapters = new Map<string, Promise<ChapterContent>>()

  /**
   * Loads the catalog and opens the first healthy course. At start-up both answers, and the
   * opening chapter's, are usually already on their way (see early-requests.ts).
   */
  async function load(): Promise<void> {
    loadError.value = null
    try {
      catalog.value = await call(takeEarly('getCatalog', {}) ?? api().getCatalog({}))
      const first = catalog.value.courses[0]
      outline.value = first
        ? await call(takeEarly('getOutline', { courseId: first.id }) ?? api().getOutline({ courseId: first.id }))
        : null
    } catch (err) {
      loadError.value = err instanceof Error ? err.message : String(err)
    }
  }

  /** A chapter's content, fetched once per session (concurrent asks share one request). */
  function chapter(chapterId: string, courseId = outline.value?.id): Promise<ChapterContent> {
    const cached = chapters.get(chapterId)
    if (cached) return cached
    if (!courseId) return Promise.reject(new Error('No course is open'))
    const pending = call(takeEarly('getChapter', { courseId, chapterId }) ?? api().getChapter({ courseId, chapterId }))
    chapters.set(chapterId, pending)
    // Its fonts start loading now, before any page lays the chapter out (see chapter-fonts.ts).
    pending.then(loadChapterFonts, () => chapters.delete(chapterId))
    return pending
  }

  /**
   * Fetches a chapter before the learner opens it. Its fonts wait for an idle moment:
   * working out which font slices its text needs takes ~20 ms of the page's time, which must not
   * land in the middle of showing the chapter that is open now.
   */
  function prefetchChapter(chapterId: string): void {
    const courseId = outline.value?.id
    if (chapters.has(chapterId) || !courseId) return
    const pending = call(api().getChapter({ courseId, chapterId }))
    chapters.set(chapterId, pending)
    pending.then(
      (content) => whenIdle(() => void loadChapterFonts(content)),
      () => chapters.delete(chapterId),
    )
  }

  return { catalog, outline, loadError, load, chapter, prefetchChapter }
})
