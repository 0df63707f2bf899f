import { defineStore } from 'pinia'
import { reactive } from 'vue'
import type { Answer, GradeResult } from '../../../shared/course/schema'
import type { ChapterState } from '../../../shared/progress'
import { api, call } from '../api'
import { useProgressStore } from './progress'

/**
 * What a chapter page restores and records besides reading: diagram steps, half-finished
 * answers and graded results.
 */
export const useStudyStore = defineStore('study', () => {
  const diagramSteps = reactive<Record<string, number>>({})
  const drafts = reactive<Record<string, Answer>>({})
  const results = reactive<Record<string, { answer: Answer; grade: GradeResult }>>({})
  const draftTimers = new Map<string, ReturnType<typeof setTimeout>>()

  /** Loads a chapter's saved state (merging into what is already known); returns its position. */
  async function loadChapter(courseId: string, chapterId: string): Promise<ChapterState['position']> {
    const state = await call(api().getChapterState({ courseId, chapterId }))
    Object.assign(diagramSteps, state.diagramSteps)
    Object.assign(drafts, state.drafts)
    Object.assign(results, state.results)
    return state.position
  }

  async function setDiagramStep(courseId: string, diagramId: string, step: number): Promise<void> {
    diagramSteps[diagramId] = step
    await call(api().saveDiagramStep({ courseId, diagramId, step }))
  }

  /** Keeps a half-finished answer; saved shortly after the learner stops changing it. */
  function setDraft(courseId: string, questionId: string, draft: Answer | null): void {
    if (draft) drafts[questionId] = draft
    else delete drafts[questionId]
    clearTimeout(draftTimers.get(questionId))
    draftTimers.set(
      questionId,
      setTimeout(() => {
        draftTimers.delete(questionId)
        void call(api().saveDraft({ courseId, questionId, draft }))
      }, 300),
    )
  }

  /** Grades an answer in main, records the attempt and updates the chapter's progress. */
  async function submit(courseId: string, questionId: string, answer: Answer): Promise<GradeResult> {
    clearTimeout(draftTimers.get(questionId))
    const { grade, chapter } = await call(api().submitAnswer({ courseId, questionId, answer }))
    results[questionId] = { answer, grade }
    delete drafts[questionId]
    useProgressStore().replaceChapter(chapter)
    return grade
  }

  /** Lets the learner answer again; the recorded attempt stays in the history. */
  function retry(questionId: string): void {
    delete results[questionId]
  }

  function clear(): void {
    for (const store of [diagramSteps, drafts, results]) for (const key of Object.keys(store)) delete store[key]
  }

  return { diagramSteps, drafts, results, loadChapter, setDiagramStep, setDraft, submit, retry, clear }
})
