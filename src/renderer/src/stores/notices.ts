import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Notice } from '../../../shared/notices'

/** Start-up notices from the main process (database set aside, broken packs), filled by the first screen. */
export const useNoticeStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])

  function dismiss(index: number): void {
    notices.value = notices.value.filter((_, i) => i !== index)
  }

  return { notices, dismiss }
})
