import type { MethodOutput } from '../../shared/ipc/contract'
import type { ApiResult } from '../../shared/ipc/errors'
import { call } from './api'
import { keepOpenedChapter } from './chapter-opening/chapter-cache'
import { errorKey } from './error-text'
import { useCourseStore } from './stores/course'
import { useNoticeStore } from './stores/notices'
import { useNotesStore } from './stores/notes'
import { useProgressStore } from './stores/progress'
import { useSettingsStore } from './stores/settings'

/**
 * Fills the stores from the first screen's one answer (`getStartup`): the catalog and the open
 * course's outline, settings, notices, progress and notes; the chapter the address opens on goes
 * to the chapter cache, where its page takes it. A failure leaves the course's error screen. The
 * answer is main.ts's request (startup-request.ts), the error screen's retry, or a test's.
 */
export async function fillFirstScreen(pending: Promise<ApiResult<MethodOutput<'getStartup'>>>): Promise<void> {
  const course = useCourseStore()
  course.loadError = null
  try {
    const answer = await call(pending)
    useSettingsStore().settings = answer.settings
    useNoticeStore().notices = answer.notices
    course.catalog = answer.catalog
    const opened = answer.course
    if (opened) {
      const courseId = opened.outline.id
      useProgressStore().progress = opened.progress
      useNotesStore().fill(courseId, opened.notes, opened.noteDrafts)
      if (opened.chapter) keepOpenedChapter(courseId, opened.chapter.content, opened.chapter.state)
    }
    course.outline = opened?.outline ?? null
  } catch (err) {
    course.loadError = errorKey(err)
  }
}
