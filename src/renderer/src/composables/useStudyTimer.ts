import { onBeforeUnmount, onMounted } from 'vue'

/** Idle longer than this and the time stops counting: the learner has walked away. */
const IDLE_AFTER_MS = 2 * 60_000
const FLUSH_EVERY_MS = 60_000

/**
 * Counts the seconds a chapter is actually studied — window visible and the learner active
 * recently — and hands them over in chunks (every minute and when leaving).
 */
export function useStudyTimer(record: (seconds: number) => void) {
  let lastActivity = Date.now()
  let lastTick = Date.now()
  let pendingMs = 0
  const activity = () => (lastActivity = Date.now())
  const tick = () => {
    const now = Date.now()
    if (document.visibilityState === 'visible' && now - lastActivity < IDLE_AFTER_MS) pendingMs += now - lastTick
    lastTick = now
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
  const events = ['keydown', 'pointerdown', 'wheel', 'scroll'] as const
  onMounted(() => {
    events.forEach((e) => window.addEventListener(e, activity, { passive: true }))
    document.addEventListener('visibilitychange', tick)
    ticker = setInterval(tick, 5_000)
    flusher = setInterval(flush, FLUSH_EVERY_MS)
  })
  onBeforeUnmount(() => {
    flush()
    events.forEach((e) => window.removeEventListener(e, activity))
    document.removeEventListener('visibilitychange', tick)
    clearInterval(ticker)
    clearInterval(flusher)
  })
  return { flush }
}
