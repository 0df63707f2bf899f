/**
 * Calls `flush` whenever the page may be about to go away — hidden, reloaded, or its window
 * closed (which is also how the app quits) — so work waiting on a timer is sent while the page
 * can still send it. A call made then reaches main; its answer may not come back. Returns the
 * function that stops listening.
 */
export function onPageLeave(flush: () => void): () => void {
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  window.addEventListener('pagehide', flush)
  window.addEventListener('beforeunload', flush)
  document.addEventListener('visibilitychange', onHidden)
  return () => {
    window.removeEventListener('pagehide', flush)
    window.removeEventListener('beforeunload', flush)
    document.removeEventListener('visibilitychange', onHidden)
  }
}
