/**
 * When to run work relative to the frames the learner sees: after the next paint (so what was
 * just rendered is on screen first), or when the page has nothing else to do.
 */

/** Resolves after the next frame has been painted (a task queued from requestAnimationFrame). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

/**
 * Runs `task` when the page has nothing else to do, and at the latest after `timeoutMs` (soon
 * after, where idle callbacks are missing). For work that must happen but that nobody is waiting
 * for, so it never lands in the frames that show what the learner asked for.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: timeoutMs })
  else setTimeout(task, Math.min(200, timeoutMs))
}
