import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { CourseOutline } from '../../../shared/course/schema'
import type { MethodOutput } from '../../../shared/ipc/contract'
import type { errorKey } from '../error-text'

/**
 * The course the learner studies: the catalog and the open course's outline, filled by the first
 * screen (first-screen.ts). Chapter contents belong to the chapter page (chapter-opening/).
 */
export const useCourseStore = defineStore('course', () => {
  /** Installed packs, including broken ones (shown, never hidden). */
  const catalog = shallowRef<MethodOutput<'getCatalog'> | null>(null)
  /** The open course's outline, or null before loading / when no course loads. */
  const outline = shallowRef<CourseOutline | null>(null)
  /** Why the course could not be loaded (an i18n key), for the error screen. */
  const loadError = ref<ReturnType<typeof errorKey> | null>(null)

  return { catalog, outline, loadError }
})
