// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import type { Api } from '../../shared/ipc/api'
import { firstScreenAnswered, forgetEarly, startEarlyRequests, takeEarly } from './early-requests'

/** A window.api that records every call and answers each with `{ ok: true, value: <method> }`. */
function fakeApi(courses: string[]): string[] {
  const calls: string[] = []
  window.api = new Proxy({} as Api, {
    get: (_t, method: string) => (input: unknown) => {
      calls.push(`${method} ${JSON.stringify(input)}`)
      const value = method === 'getCatalog' ? { courses: courses.map((id) => ({ id })), broken: [] } : method
      return Promise.resolve({ ok: true, value })
    },
  })
  return calls
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('early requests', () => {
  beforeEach(() => {
    window.localStorage.clear()
    window.location.hash = ''
    for (const m of ['getSettings', 'getNotices', 'getCatalog', 'getOutline', 'getChapter', 'getChapterState'] as const)
      forgetEarly(m)
  })

  it('asks for the opening chapter and its state once the catalog names the course, each answer handed out once', async () => {
    window.location.hash = '#/chapter/intro'
    const calls = fakeApi(['k8s'])
    startEarlyRequests()
    await settle()
    expect(calls).toContain('getOutline {"courseId":"k8s"}')
    expect(calls).toContain('getChapterState {"courseId":"k8s","chapterId":"intro"}')
    // What the chapter page shows beside the text: read marks and progress, bookmarks.
    expect(calls).toContain('getProgress {"courseId":"k8s"}')
    expect(calls).toContain('listNotes {"courseId":"k8s"}')
    expect(await takeEarly('getChapter', { courseId: 'k8s', chapterId: 'intro' })).toEqual({
      ok: true,
      value: 'getChapter',
    })
    expect(takeEarly('getChapter', { courseId: 'k8s', chapterId: 'intro' })).toBeUndefined()
    expect(takeEarly('getChapter', { courseId: 'k8s', chapterId: 'other' })).toBeUndefined()
  })

  it('asks for the remembered course alongside the catalog, and drops those answers when the catalog names another', async () => {
    window.location.hash = '#/chapter/intro'
    fakeApi(['k8s'])
    startEarlyRequests()
    await settle()
    forgetEarly('getOutline')

    const calls = fakeApi(['k8s'])
    startEarlyRequests()
    // Before the catalog has answered, the remembered course's outline is already on its way.
    expect(calls).toContain('getOutline {"courseId":"k8s"}')
    await settle()
    expect(calls.filter((c) => c.startsWith('getOutline'))).toHaveLength(1)
    forgetEarly('getOutline')

    const moved = fakeApi(['other'])
    startEarlyRequests()
    await settle()
    expect(moved).toContain('getOutline {"courseId":"other"}')
    expect(takeEarly('getOutline', { courseId: 'k8s' })).toBeUndefined()
    expect(takeEarly('getChapterState', { courseId: 'k8s', chapterId: 'intro' })).toBeUndefined()
    expect(takeEarly('getOutline', { courseId: 'other' })).toBeDefined()
  })

  it('asks for no chapter when the app opens elsewhere', async () => {
    const calls = fakeApi(['k8s'])
    startEarlyRequests()
    await settle()
    expect(calls.some((c) => c.startsWith('getChapter'))).toBe(false)
  })

  it('says the first screen is answered once the catalog and the chapter it led to have answered', async () => {
    window.location.hash = '#/chapter/intro'
    fakeApi(['k8s'])
    // The chapter is held back until released: the page must not be told to mount before it.
    let release = () => {}
    const held = window.api.getChapter
    window.api = new Proxy(window.api, {
      get: (target, method: string) =>
        method === 'getChapter'
          ? (input: never) => new Promise((resolve) => (release = () => resolve(held(input))))
          : Reflect.get(target, method),
    })
    startEarlyRequests()
    let answered = false
    void firstScreenAnswered(60_000).then(() => (answered = true))
    await settle()
    await settle()
    expect(answered).toBe(false)
    release()
    await settle()
    expect(answered).toBe(true)
  })

  it('stops waiting for the first screen after the limit when an answer never comes', async () => {
    fakeApi(['k8s'])
    window.api = new Proxy(window.api, {
      get: (target, method: string) =>
        method === 'getCatalog' ? () => new Promise(() => {}) : Reflect.get(target, method),
    })
    startEarlyRequests()
    const started = Date.now()
    await firstScreenAnswered(50)
    expect(Date.now() - started).toBeGreaterThanOrEqual(45)
  })
})
