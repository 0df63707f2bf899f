import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ChapterContent, CourseOutline } from '../../../shared/course/schema'
import type { MethodOutput } from '../../../shared/ipc/contract'
import { api, call } from '../api'
import { loadChapterFonts } from '../chapter-fonts'
import { takeEarly } from '../early-requests'
import { whenIdle } from '../when-idle'

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

  /**
   * Asks main for a chapter once per session (concurrent asks share one request, a failed one is
   * forgotten), then starts on its fonts with `loadFonts`.
   */
  function fetchChapter(
    chapterId: string,
    request: () => Promise<ChapterContent>,
    loadFonts: (content: ChapterContent) => void,
  ): Promise<ChapterContent> {
    const cached = chapters.get(chapterId)
    if (cached) return cached
    const pending = request()
    chapters.set(chapterId, pending)
    pending.then(loadFonts, () => chapters.delete(chapterId))
    return pending
  }

  /** A chapter's content; its fonts start loading at once, before any page lays it out (see chapter-fonts.ts). */
  function chapter(chapterId: string, courseId = outline.value?.id): Promise<ChapterContent> {
    return fetchChapter(
      chapterId,
      () =>
        courseId
          ? call(takeEarly('getChapter', { courseId, chapterId }) ?? api().getChapter({ courseId, chapterId }))
          : Promise.reject(new Error('No course is open')),
      (content) => void loadChapterFonts(content),
    )
  }

  /**
   * Fetches a chapter before the learner opens it. Its fonts wait for an idle moment: working out
   * which font slices its text needs takes ~20 ms of the page's time, which must not land in the
   * middle of showing the chapter that is open now.
   */
  function prefetchChapter(chapterId: string): void {
    const courseId = outline.value?.id
    if (!courseId) return
    void fetchChapter(
      chapterId,
      () => call(api().getChapter({ courseId, chapterId })),
      (content) => whenIdle(() => void loadChapterFonts(content)),
    )
  }

  return { catalog, outline, loadError, load, chapter, prefetchChapter }
})
