import type { MethodOutput } from '../../shared/ipc/contract'
import type { Handlers } from './handlers'

/** The handlers the first screen is made of; `getStartup` is answered from them, not beside them. */
type Parts = Pick<
  Handlers,
  | 'getCatalog'
  | 'getSettings'
  | 'getNotices'
  | 'getOutline'
  | 'getProgress'
  | 'listNotes'
  | 'listNoteDrafts'
  | 'getChapter'
  | 'getChapterState'
>

/**
 * What the first screen needs, in one answer: the same values the single-purpose methods give, for
 * the course the catalog lists first (the one the app opens) and the chapter the address names.
 */
export async function firstScreen(parts: Parts, chapterId: string | undefined): Promise<MethodOutput<'getStartup'>> {
  const catalog = await parts.getCatalog({})
  const [settings, notices] = await Promise.all([parts.getSettings({}), parts.getNotices({})])
  const courseId = catalog.courses[0]?.id
  if (!courseId) return { catalog, settings, notices, course: null }
  const outline = await parts.getOutline({ courseId })
  const [progress, notes, noteDrafts] = await Promise.all([
    parts.getProgress({ courseId }),
    parts.listNotes({ courseId }),
    parts.listNoteDrafts({ courseId }),
  ])
  // An unknown chapter is the chapter page's to report (it asks getChapter and shows not_found).
  const opened = chapterId && outline.chapters.some((c) => c.id === chapterId) ? chapterId : undefined
  const chapter = opened
    ? {
        content: await parts.getChapter({ courseId, chapterId: opened }),
        state: await parts.getChapterState({ courseId, chapterId: opened }),
      }
    : null
  return { catalog, settings, notices, course: { outline, progress, notes, noteDrafts, chapter } }
}
