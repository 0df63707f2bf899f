import { onBeforeUnmount, onMounted } from 'vue'
import { onPageLeave } from '../page-leave'

/** Idle longer than this and the time stops counting: the learner has walked away. */
const IDLE_AFTER_MS = 2 * 60_000
const FLUSH_EVERY_MS = 60_000

/**
 * Counts the seconds a chapter is actually studied — window visible and the learner active
 * recently — and hands them over in chunks: every minute, when leaving the chapter, and when the
 * page is hidden, reloaded or closed (so a restart loses nothing).
 */
export function useStudyTimer(record: (seconds: number) => void) {
  let lastActivity = Date.now()
  let lastTick = Date.now()
  let pendingMs = 0
  /** Whether the page was visible since the last tick (it is already hidden when told so). */
  let wasVisible = document.visibilityState === 'visible'
  const activity = () => (lastActivity = Date.now())
  const tick = () => {
    const now = Date.now()
    if (wasVisible && now - lastActivity < IDLE_AFTER_MS) pendingMs += now - lastTick
    lastTick = now
    wasVisible = document.visibilityState === 'visible'
  }
  const flush = () => {
    tick()
    const seconds = Math.min(3600, Math.floor(pendingMs / 1000))
    if (seconds >= 1) {
      pendingMs -= seconds * 1000
      record(seconds)
    }
  }
  let ticker: ReturnType<typeof setInterval> | undefined
  let flusher: ReturnType<typeof setInterval> | undefined
  let stopLeaving: (() => void) | undefined
  const events = ['keydown', 'pointerdown', 'wheel', 'scroll'] as const
  onMounted(() => {
    events.forEach((e) => window.addEventListener(e, activity, { passive: true }))
    document.addEventListener('visibilitychange', tick)
    stopLeaving = onPageLeave(flush)
    ticker = setInterval(tick, 5_000)
    flusher = setInterval(flush, FLUSH_EVERY_MS)
  })
  onBeforeUnmount(() => {
    flush()
    events.forEach((e) => window.removeEventListener(e, activity))
    document.removeEventListener('visibilitychange', tick)
    stopLeaving?.()
    clearInterval(ticker)
    clearInterval(flusher)
  })
  return { flush }
}
