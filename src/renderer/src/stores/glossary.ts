import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { GlossaryTerm, TermRating, TermReviewResult } from '../../../shared/glossary'
import { api, call } from '../api'
import { localTimeZone } from '../date-format'

/** The open course's glossary (the 용어집 page, terms in the text) and its cards in review. */
export const useGlossaryStore = defineStore('glossary', () => {
  /** Every entry in the pack's order, once loaded. */
  const terms = shallowRef<GlossaryTerm[]>([])
  /** Entries by id, for the term popovers in the text. */
  const byId = shallowRef<ReadonlyMap<string, GlossaryTerm>>(new Map())
  let loading: Promise<void> | null = null
  let loadedFor: string | null = null

  /** Loads the glossary once per course; concurrent callers share the request. */
  function load(courseId: string): Promise<void> {
    if (loadedFor === courseId && loading) return loading
    loadedFor = courseId
    loading = call(api().getGlossary({ courseId })).then(
      (glossary) => {
        terms.value = glossary.terms
        byId.value = new Map(glossary.terms.map((term) => [term.id, term]))
      },
      (err: unknown) => {
        loading = null
        loadedFor = null
        throw err
      },
    )
    return loading
  }

  /** The learner's own rating of a card: 알았어요 / 헷갈려요 / 몰랐어요. */
  function rate(courseId: string, termId: string, rating: TermRating): Promise<TermReviewResult> {
    return call(api().rateTerm({ courseId, termId, rating, timeZone: localTimeZone() }))
  }

  return { terms, byId, load, rate }
})
