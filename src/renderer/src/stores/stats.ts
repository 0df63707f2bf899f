import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { StudyStats } from '../../../shared/stats'
import { api, call } from '../api'
import { localTimeZone } from '../date-format'

/** Study stats of the open course, bucketed by main into the learner's local days. */
export const useStatsStore = defineStore('stats', () => {
  /** The last stats loaded, or null before the first load. */
  const stats = shallowRef<StudyStats | null>(null)
  /** The zone days are counted in: this computer's, unless a test pins one. */
  const timeZone = ref(localTimeZone())

  async function load(courseId: string): Promise<void> {
    stats.value = await call(api().getStudyStats({ courseId, timeZone: timeZone.value }))
  }

  return { stats, timeZone, load }
})
