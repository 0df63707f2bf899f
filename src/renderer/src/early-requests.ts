import type { Method, MethodInput, MethodOutput } from '../../shared/ipc/contract'
import type { ApiResult } from '../../shared/ipc/errors'

/**
 * The window.api requests the first screen waits for, sent as the bundle starts to run instead of
 * after Vue has mounted and the stores ask: the catalog, settings and notices at once, then — as
 * soon as the catalog names the course — its outline and progress, plus the chapter in the address,
 * its saved state and the course's notes. Each answer is handed once to the store that asks for the
 * same method and input; nothing the learner does before the app mounts can make one stale.
 *
 * Imports nothing at run time (types only), so main.ts can import it first and it runs before the
 * rest of the bundle is evaluated.
 */

const started = new Map<string, Promise<ApiResult<unknown>>>()

/** Keyed by method and input; the stores pass inputs with the same keys in the same order. */
const keyOf = (method: Method, input: unknown) => `${method} ${JSON.stringify(input)}`

function start<M extends Method>(method: M, input: MethodInput<M>): Promise<ApiResult<MethodOutput<M>>> {
  const send = window.api[method] as (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>
  const pending = send(input)
  // Whoever takes it handles a failure; one nobody takes must not surface as unhandled.
  pending.catch(() => undefined)
  started.set(keyOf(method, input), pending)
  return pending
}

/** The answer to a request sent early with this method and input, once; otherwise undefined. */
export function takeEarly<M extends Method>(
  method: M,
  input: MethodInput<M>,
): Promise<ApiResult<MethodOutput<M>>> | undefined {
  const key = keyOf(method, input)
  const pending = started.get(key) as Promise<ApiResult<MethodOutput<M>>> | undefined
  started.delete(key)
  return pending
}

/** Drops early answers nobody took: a chapter's state, say, once it could have changed since. */
export function forgetEarly(method: Method): void {
  for (const key of started.keys()) if (key.startsWith(`${method} `)) started.delete(key)
}

/** Drops the early answers about a course the catalog did not name first. */
function forgetCourse(courseId: string): void {
  const marker = `"courseId":${JSON.stringify(courseId)}`
  for (const key of started.keys()) if (key.includes(marker)) started.delete(key)
}

/** The chapter the address opens on (a reload, or the app reopening on it), if any. */
export function openingChapterId(hash = window.location.hash): string | undefined {
  return /^#\/chapter\/([a-z0-9-]+)/.exec(hash)?.[1]
}

/** Where the course the app last opened is remembered: a hint, always checked against the catalog. */
const LAST_COURSE_KEY = 'another-class:last-course'

function lastCourse(): string | null {
  try {
    return window.localStorage.getItem(LAST_COURSE_KEY)
  } catch {
    return null
  }
}

function rememberCourse(courseId: string): void {
  try {
    window.localStorage.setItem(LAST_COURSE_KEY, courseId)
  } catch {
    // Storage unavailable: the next start simply waits for the catalog first.
  }
}

/** Settles once every first-screen request sent so far (and those the catalog leads to) has. */
let firstScreen: Promise<unknown> = Promise.resolve()

/**
 * Resolves when the first screen's answers are all in, or after `maxWaitMs` at the latest. Mounting
 * the app then builds the chapter in one go: mounted earlier, the page would lay out and paint a
 * header and a loading line (with Korean text still in fallback fonts) while the answers wait for
 * the busy page to take them, and then lay everything out again.
 */
export function firstScreenAnswered(maxWaitMs: number): Promise<void> {
  return Promise.race([firstScreen, new Promise((resolve) => setTimeout(resolve, maxWaitMs))]).then(
    () => undefined,
    () => undefined,
  )
}

/** Sends the first screen's requests. */
export function startEarlyRequests(): void {
  const chapterId = openingChapterId()
  const sent: Promise<unknown>[] = []
  const openCourse = (courseId: string) => {
    sent.push(start('getOutline', { courseId }), start('getProgress', { courseId }))
    if (!chapterId) return
    sent.push(
      start('getChapter', { courseId, chapterId }),
      start('getChapterState', { courseId, chapterId }),
      start('listNotes', { courseId }),
    )
  }
  sent.push(start('getSettings', {}), start('getNotices', {}))
  // The course opened last time is almost always the one the catalog lists first again: asking for
  // it alongside the catalog saves a round trip. The stores only take answers for the course the
  // catalog actually names, so a wrong guess costs nothing but the unused requests.
  const guess = lastCourse()
  if (guess) openCourse(guess)
  const catalogAnswered = start('getCatalog', {}).then(
    (catalog) => {
      const courseId = catalog.ok ? catalog.value.courses[0]?.id : undefined
      if (courseId === guess) return
      if (guess) forgetCourse(guess)
      if (!courseId) return
      rememberCourse(courseId)
      openCourse(courseId)
    },
    () => undefined,
  )
  // Read after the catalog's handler ran: by then `sent` holds the requests it led to.
  firstScreen = catalogAnswered.then(() => Promise.allSettled(sent))
}
