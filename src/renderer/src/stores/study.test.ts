// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useRealServices } from '../../../../test/support/renderer-services'
import { useStudyStore } from './study'

const env = useRealServices()

describe('prefetched chapter states', () => {
  it('include a draft still waiting out its delay: drafts are flushed before the request goes out', async () => {
    const study = useStudyStore()
    study.setDraft('mini', 'q-first-single', { type: 'single', optionId: 'a' })
    study.prefetchChapter('mini', 'first')
    study.clear()
    // clear() forgets prefetched states too; prefetch again, as a chapter page would.
    study.prefetchChapter('mini', 'first')
    await study.loadChapter('mini', 'first')
    expect(study.drafts['q-first-single']).toEqual({ type: 'single', optionId: 'a' })
    expect(env().services.chapterState.get('mini', 'first').drafts['q-first-single']).toEqual({
      type: 'single',
      optionId: 'a',
    })
  })

  it('are used once: the next open asks main again', async () => {
    const study = useStudyStore()
    study.prefetchChapter('mini', 'first')
    await study.loadChapter('mini', 'first')
    env().services.chapterState.saveDiagramStep('mini', 'mini-matrix', 1)
    await study.loadChapter('mini', 'first')
    expect(study.diagramSteps['mini-matrix']).toBe(1)
  })
})
