// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useRealServices } from '../../../../test/support/renderer-services'
import { useChapterStateStore } from './chapter-state'

const env = useRealServices()

describe('prefetched chapter states', () => {
  it('include a draft still waiting out its delay: drafts are flushed before the request goes out', async () => {
    const chapterState = useChapterStateStore()
    chapterState.setDraft('mini', 'q-first-single', { type: 'single', optionId: 'a' })
    chapterState.prefetchChapter('mini', 'first')
    chapterState.clear()
    // clear() forgets prefetched states too; prefetch again, as a chapter page would.
    chapterState.prefetchChapter('mini', 'first')
    await chapterState.loadChapter('mini', 'first')
    expect(chapterState.drafts['q-first-single']).toEqual({ type: 'single', optionId: 'a' })
    expect(env().services.study.chapterState('mini', 'first').drafts['q-first-single']).toEqual({
      type: 'single',
      optionId: 'a',
    })
  })

  it('are used once: the next open asks main again', async () => {
    const chapterState = useChapterStateStore()
    chapterState.prefetchChapter('mini', 'first')
    await chapterState.loadChapter('mini', 'first')
    env().services.study.saveDiagramStep('mini', 'mini-matrix', 1)
    await chapterState.loadChapter('mini', 'first')
    expect(chapterState.diagramSteps['mini-matrix']).toBe(1)
  })
})
