// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useRealServices } from '../../../../test/support/renderer-services'
import {
  chapterContent,
  forgetChapterStates,
  keepOpenedChapter,
  prefetchChapterState,
  takeChapterState,
} from './chapter-cache'

const env = useRealServices()
/** The window.api calls made during the current test, as `method courseId/chapterId`. */
let calls: string[] = []

beforeEach(() => {
  calls = []
  const real = window.api
  window.api = new Proxy(real, {
    get: (target, method: keyof typeof real) => (input: { courseId?: string; chapterId?: string }) => {
      calls.push(`${method} ${input.courseId}/${input.chapterId}`)
      return (target[method] as (i: unknown) => unknown)(input)
    },
  })
})
afterEach(forgetChapterStates)

describe('the chapter cache', () => {
  it('asks main for a chapter’s content once per course and chapter', async () => {
    const first = await chapterContent('mini', 'first')
    expect(await chapterContent('mini', 'first')).toBe(first)
    // Another course's chapter of the same id is another chapter: it is asked for (and not found).
    await expect(chapterContent('other', 'first')).rejects.toThrow()
    expect(calls.filter((c) => c.startsWith('getChapter '))).toEqual([
      'getChapter mini/first',
      'getChapter other/first',
    ])
  })

  it('uses a state asked for ahead once: the next open asks main again and sees what changed', async () => {
    prefetchChapterState('mini', 'first')
    await takeChapterState('mini', 'first')
    env().services.chapterState.saveDiagramStep('mini', 'mini-matrix', 1)
    expect((await takeChapterState('mini', 'first')).diagramSteps['mini-matrix']).toBe(1)
    expect(calls.filter((c) => c.startsWith('getChapterState'))).toHaveLength(2)
  })

  it('forgets states asked for ahead once the chapter page is left', async () => {
    prefetchChapterState('mini', 'first')
    forgetChapterStates()
    env().services.chapterState.saveDiagramStep('mini', 'mini-matrix', 2)
    expect((await takeChapterState('mini', 'first')).diagramSteps['mini-matrix']).toBe(2)
  })

  it('opens the chapter the first screen brought along without asking main', async () => {
    const startup = await window.api.getStartup({ chapterId: 'second' })
    if (!startup.ok || !startup.value.course?.chapter) throw new Error('no opened chapter')
    calls = []
    keepOpenedChapter('mini', startup.value.course.chapter.content, startup.value.course.chapter.state)
    expect((await chapterContent('mini', 'second')).id).toBe('second')
    expect(await takeChapterState('mini', 'second')).toEqual(startup.value.course.chapter.state)
    expect(calls).toEqual([])
  })
})
