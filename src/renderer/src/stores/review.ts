import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { Answer } from '../../../shared/course/schema'
import type { TermReviewQueue } from '../../../shared/glossary'
import type { ReviewQueue, ReviewResult } from '../../../shared/review'
import { api, call } from '../api'
import { localTimeZone } from '../date-format'

/** Spaced review of missed questions and glossary cards: the queues main schedules with FSRS. */
export const useReviewStore = defineStore('review', () => {
  /** The open course's queue as last loaded (due cards, card count, next due time). */
  const queue = shallowRef<ReviewQueue | null>(null)
  /** Today's glossary cards as last loaded (none due while the learner has not opted in to them). */
  const termQueue = shallowRef<TermReviewQueue | null>(null)
  /** Glossary cards due today. */
  const dueTerms = computed(() => termQueue.value?.due.length ?? 0)
  /** How many cards are due today, questions and glossary terms, for the dashboard. */
  const dueCount = computed(() => (queue.value?.due.length ?? 0) + dueTerms.value)

  /**
   * Reloads both queues; "today" is the learner's local day. The review page reads the glossary
   * queue from here too, so one request serves its cards and the dashboard's count.
   */
  async function load(courseId: string): Promise<ReviewQueue> {
    const timeZone = localTimeZone()
    const [questions, terms] = await Promise.all([
      call(api().getReviewQueue({ courseId, timeZone })),
      call(api().getTermReviewQueue({ courseId, timeZone })),
    ])
    queue.value = questions
    termQueue.value = terms
    return questions
  }

  /** Grades a review answer in main; a due card is rescheduled (right → Good, wrong → Again). */
  async function answer(courseId: string, questionId: string, given: Answer): Promise<ReviewResult> {
    return call(api().submitReview({ courseId, questionId, answer: given, timeZone: localTimeZone() }))
  }

  return { queue, termQueue, dueTerms, dueCount, load, answer }
})
