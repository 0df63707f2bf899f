import { defineStore } from 'pinia'
import { reactive } from 'vue'
import type { Answer, GradeResult, PublicQuestion } from '../../../shared/course/schema'
import type { FinalCheckItem } from '../../../shared/final-check'
import type { ChapterState } from '../../../shared/progress'
import { api, call } from '../api'
import { onPageLeave } from '../page-leave'
import { useProgressStore } from './progress'

/** A random id for one submission (`crypto.randomUUID` needs a secure context; this does not). */
function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * What a chapter page restores and records besides reading: diagram steps, half-finished
 * answers and graded results (the final check's too, keyed by question id like the chapters').
 */
export const useChapterStateStore = defineStore('chapter-state', () => {
  const diagramSteps = reactive<Record<string, number>>({})
  const drafts = reactive<Record<string, Answer>>({})
  const results = reactive<Record<string, { answer: Answer; grade: GradeResult }>>({})
  /**
   * Questions whose options are now shown in another order than the chapter content's: main
   * reshuffles a question for each answer recorded, so a retry gets a fresh order. By question id.
   */
  const shown = reactive<Record<string, PublicQuestion>>({})
  /** Drafts waiting out their delay before being saved, by question (a null draft deletes it). */
  const pendingDrafts = new Map<
    string,
    { timer: ReturnType<typeof setTimeout>; courseId: string; draft: Answer | null }
  >()

  /** Questions whose answer is on its way to main now. */
  const submitting = reactive<Record<string, true>>({})
  /**
   * The submission id of each question's current answer: made at its first submit, kept until the
   * learner changes the answer or retries, so sending the same submission again records nothing.
   */
  const submissionIds = new Map<string, string>()
  const inFlight = new Map<string, Promise<GradeResult>>()

  function saveDraftNow(questionId: string): void {
    const pending = pendingDrafts.get(questionId)
    if (!pending) return
    clearTimeout(pending.timer)
    pendingDrafts.delete(questionId)
    void call(api().saveDraft({ courseId: pending.courseId, questionId, draft: pending.draft }))
  }

  /** Sends every draft still waiting out its delay now. */
  function flushDrafts(): void {
    for (const questionId of [...pendingDrafts.keys()]) saveDraftNow(questionId)
  }

  // A draft changed moments before a reload or a close is sent before the page goes.
  onPageLeave(flushDrafts)

  /** Takes in a chapter's saved state (merging into what is already known); returns its position. */
  function applyChapter(state: ChapterState): ChapterState['position'] {
    Object.assign(diagramSteps, state.diagramSteps)
    Object.assign(drafts, state.drafts)
    Object.assign(results, state.results)
    Object.assign(shown, state.questions)
    return state.position
  }

  /**
   * Loads the course's final check: its drafts and results join the chapters' (they are keyed by
   * question id), and its questions come in the order of the learner's current attempt.
   */
  async function loadFinalCheck(courseId: string): Promise<FinalCheckItem[]> {
    flushDrafts()
    const check = await call(api().getFinalCheck({ courseId }))
    Object.assign(drafts, check.drafts)
    Object.assign(results, check.results)
    for (const item of check.items) shown[item.question.id] = item.question
    return check.items
  }

  async function setDiagramStep(courseId: string, diagramId: string, step: number): Promise<void> {
    diagramSteps[diagramId] = step
    await call(api().saveDiagramStep({ courseId, diagramId, step }))
  }

  /** Keeps a half-finished answer; saved shortly after the learner stops changing it. */
  function setDraft(courseId: string, questionId: string, draft: Answer | null): void {
    if (draft) {
      drafts[questionId] = draft
      submissionIds.delete(questionId)
    } else delete drafts[questionId]
    clearTimeout(pendingDrafts.get(questionId)?.timer)
    pendingDrafts.set(questionId, { timer: setTimeout(() => saveDraftNow(questionId), 300), courseId, draft })
  }

  /**
   * Grades an answer in main, records the attempt and updates the chapter's progress. A submit of
   * a question already on its way waits for that one instead of sending another.
   */
  function submit(courseId: string, questionId: string, answer: Answer): Promise<GradeResult> {
    const running = inFlight.get(questionId)
    if (running) return running
    clearTimeout(pendingDrafts.get(questionId)?.timer)
    pendingDrafts.delete(questionId)
    const submissionId = submissionIds.get(questionId) ?? newSubmissionId()
    submissionIds.set(questionId, submissionId)
    submitting[questionId] = true
    const sent = (async () => {
      try {
        const { grade, chapter, next } = await call(api().submitAnswer({ courseId, questionId, answer, submissionId }))
        results[questionId] = { answer, grade }
        // The result is on screen now, not the options: the new order shows with "다시 풀기".
        shown[questionId] = next
        delete drafts[questionId]
        useProgressStore().replaceChapter(chapter)
        return grade
      } finally {
        delete submitting[questionId]
        inFlight.delete(questionId)
      }
    })()
    inFlight.set(questionId, sent)
    return sent
  }

  /** Lets the learner answer again; the recorded attempt stays in the history. */
  function retry(questionId: string): void {
    delete results[questionId]
    submissionIds.delete(questionId)
  }

  function clear(): void {
    for (const store of [diagramSteps, drafts, results, shown]) for (const key of Object.keys(store)) delete store[key]
  }

  return {
    diagramSteps,
    drafts,
    results,
    shown,
    submitting,
    applyChapter,
    flushDrafts,
    loadFinalCheck,
    setDiagramStep,
    setDraft,
    submit,
    retry,
    clear,
  }
})
