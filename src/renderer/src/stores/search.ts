import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { SearchResult } from '../../../shared/search/search-schema'
import { api, call } from '../api'

/** The search dialog: whether it is open, the query, its results and, when none, what was meant. */
export const useSearchStore = defineStore('search', () => {
  /** Whether the search dialog is showing. */
  const open = ref(false)
  const query = ref('')
  const results = shallowRef<SearchResult[]>([])
  /** Queries to offer ("did you mean") when there are no results. */
  const suggestions = shallowRef<string[]>([])
  const error = ref<string | null>(null)
  let latest = 0

  /** Runs a search; answers to older queries that arrive late are dropped. */
  async function run(courseId: string, text: string): Promise<void> {
    query.value = text
    const ticket = ++latest
    if (!text.trim()) {
      results.value = []
      suggestions.value = []
      return
    }
    try {
      const found = await call(api().search({ courseId, query: text.slice(0, 200) }))
      if (ticket === latest) {
        results.value = found.results
        suggestions.value = found.suggestions
        error.value = null
      }
    } catch (err) {
      if (ticket === latest) error.value = err instanceof Error ? err.message : String(err)
    }
  }

  return { open, query, results, suggestions, error, run }
})
