import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { coursePercent } from '../../../shared/completion'
import type { ChapterProgress, CourseProgress } from '../../../shared/progress'
import { api, call } from '../api'

/** The learner's progress in the open course, as summarised by the main process. */
export const useProgressStore = defineStore('progress', () => {
  const progress = shallowRef<CourseProgress | null>(null)

  /** Progress per chapter id. */
  const byChapter = computed(() => new Map((progress.value?.chapters ?? []).map((c) => [c.chapterId, c])))

  async function refresh(courseId: string): Promise<void> {
    progress.value = await call(api().getProgress({ courseId }))
  }

  function replaceChapter(updated: ChapterProgress): void {
    if (!progress.value) return
    const chapters = progress.value.chapters.map((c) => (c.chapterId === updated.chapterId ? updated : c))
    progress.value = { ...progress.value, chapters, percent: coursePercent(chapters) }
  }

  /** Records that a section was read (durable once this resolves). */
  async function markSectionRead(courseId: string, chapterId: string, sectionId: string): Promise<void> {
    replaceChapter(await call(api().markSectionRead({ courseId, chapterId, sectionId })))
  }

  /** Remembers exactly where the learner is, for "continue". */
  async function savePosition(courseId: string, chapterId: string, sectionId: string, scrollOffset: number) {
    await call(api().savePosition({ courseId, chapterId, sectionId, scrollOffset: Math.round(scrollOffset) }))
    if (progress.value) progress.value = { ...progress.value, resume: { chapterId, sectionId, scrollOffset } }
  }

  return { progress, byChapter, refresh, markSectionRead, savePosition, replaceChapter }
})
