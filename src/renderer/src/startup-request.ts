import type { MethodOutput } from '../../shared/ipc/contract'
import type { ApiResult } from '../../shared/ipc/errors'

/** The chapter the address opens on (a reload, or the app reopening on it), if any. */
export function openingChapterId(hash = window.location.hash): string | undefined {
  return /^#\/chapter\/([a-z0-9-]+)/.exec(hash)?.[1]
}

/** Asks main for everything the first screen shows (see `getStartup` in the contract). */
export function requestStartup(chapterId = openingChapterId()): Promise<ApiResult<MethodOutput<'getStartup'>>> {
  return window.api.getStartup(chapterId ? { chapterId } : {})
}

/**
 * The first screen's request, sent as this module is evaluated. main.ts imports it first, so it
 * goes out before the rest of the bundle (Vue, the router, i18n, every component) is evaluated;
 * it imports nothing at run time for the same reason.
 */
export const startupAnswer = requestStartup()
