import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ChapterContent, CourseOutline } from '../../../shared/course/schema'
import type { MethodOutput } from '../../../shared/ipc/contract'
import { api, call } from '../api'

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
   * Loads the catalog and opens the first healthy course. `prefetchChapterId` (the chapter the
   * app opens on) is fetched alongside the outline rather than after it: one round trip less
   * before the learner sees text.
   */
  async function load(prefetchChapterId?: string): Promise<void> {
    loadError.value = null
    try {
      catalog.value = await call(api().getCatalog({}))
      const first = catalog.value.courses[0]
      if (first && prefetchChapterId) void chapter(prefetchChapterId, first.id).catch(() => undefined)
      outline.value = first ? await call(api().getOutline({ courseId: first.id })) : null
    } catch (err) {
      loadError.value = err instanceof Error ? err.message : String(err)
    }
  }

  /** A chapter's content, fetched once per session (concurrent asks share one request). */
  function chapter(chapterId: string, courseId = outline.value?.id): Promise<ChapterContent> {
    const cached = chapters.get(chapterId)
    if (cached) return cached
    if (!courseId) return Promise.reject(new Error('No course is open'))
    const pending = call(api().getChapter({ courseId, chapterId }))
    chapters.set(chapterId, pending)
    pending.catch(() => chapters.delete(chapterId))
    return pending
  }

  return { catalog, outline, loadError, load, chapter }
})
