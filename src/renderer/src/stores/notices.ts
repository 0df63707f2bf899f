import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Notice } from '../../../shared/notices'
import { api, call } from '../api'
import { takeEarly } from '../early-requests'

/** Start-up notices from the main process (database set aside, broken packs). */
export const useNoticeStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])

  async function load(): Promise<void> {
    notices.value = await call(takeEarly('getNotices', {}) ?? api().getNotices({}))
  }

  function dismiss(index: number): void {
    notices.value = notices.value.filter((_, i) => i !== index)
  }

  return { notices, load, dismiss }
})
