import type { ChapterContent } from '../../../shared/course/schema'
import type { ChapterState } from '../../../shared/progress'
import { api, call } from '../api'
import { whenIdle } from '../frame-timing'
import { loadChapterFonts } from './chapter-fonts'

/**
 * The chapters the reader has asked for, by course and chapter: each chapter's content once per
 * session (it never changes while the app runs; the whole course is a few hundred KB), and the
 * saved state of a chapter about to be opened, used once. Only useChapterOpening and the first
 * screen use it.
 */

const keyOf = (courseId: string, chapterId: string) => `${courseId}/${chapterId}`

const contents = new Map<string, Promise<ChapterContent>>()
const states = new Map<string, Promise<ChapterState>>()

/** Keeps a content promise (a failed one is forgotten) and starts on its fonts with `loadFonts`. */
function keep(
  key: string,
  pending: Promise<ChapterContent>,
  loadFonts: (content: ChapterContent) => void,
): Promise<ChapterContent> {
  contents.set(key, pending)
  pending.then(loadFonts, () => contents.delete(key))
  return pending
}

/** A chapter's content; its fonts start loading at once, before any page lays it out (see chapter-fonts.ts). */
export function chapterContent(courseId: string, chapterId: string): Promise<ChapterContent> {
  const key = keyOf(courseId, chapterId)
  return (
    contents.get(key) ??
    keep(key, call(api().getChapter({ courseId, chapterId })), (content) => void loadChapterFonts(content))
  )
}

/**
 * Fetches a chapter's content before the learner opens it. Its fonts wait for an idle moment:
 * working out which font slices its text needs takes ~20 ms of the page's time, which must not land
 * in the middle of showing the chapter that is open now.
 */
export function prefetchChapterContent(courseId: string, chapterId: string): void {
  const key = keyOf(courseId, chapterId)
  if (contents.has(key)) return
  keep(key, call(api().getChapter({ courseId, chapterId })), (content) =>
    whenIdle(() => void loadChapterFonts(content)),
  )
}

/** The state saved for a chapter: the one asked for ahead (used once), else a fresh request. */
export function takeChapterState(courseId: string, chapterId: string): Promise<ChapterState> {
  const key = keyOf(courseId, chapterId)
  const ahead = states.get(key)
  states.delete(key)
  return ahead ?? call(api().getChapterState({ courseId, chapterId }))
}

/**
 * Asks ahead for the state of a chapter the learner is likely to open next. Sound only while a
 * chapter page is open and every change it made has been sent before (the caller flushes drafts
 * first; main answers requests in order): other pages (review) change what a chapter state holds,
 * so `forgetChapterStates` once no chapter page is open.
 */
export function prefetchChapterState(courseId: string, chapterId: string): void {
  const key = keyOf(courseId, chapterId)
  if (states.has(key)) return
  const pending = call(api().getChapterState({ courseId, chapterId }))
  pending.catch(() => states.delete(key))
  states.set(key, pending)
}

export function forgetChapterStates(): void {
  states.clear()
}

/**
 * The chapter the first screen brought along (see first-screen.ts). Its fonts are asked for at an
 * idle moment, as a prefetched chapter's are, not before the first render: the first layout asks for
 * the slices of the text on screen by itself, while asking for the opening's slices up front cost
 * ~20 ms of matching before anything was mounted and brought some thirty slices in during the first
 * layout and paint, each one laying the page out again before its text could be shown.
 */
export function keepOpenedChapter(courseId: string, content: ChapterContent, state: ChapterState): void {
  const key = keyOf(courseId, content.id)
  keep(key, Promise.resolve(content), (c) => whenIdle(() => void loadChapterFonts(c)))
  states.set(key, Promise.resolve(state))
}
