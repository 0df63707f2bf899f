import type { ApiErrorCode } from '../../shared/ipc/errors'
import { ApiCallError } from './api'

/**
 * The i18n key of the sentence telling the learner what went wrong, chosen by main's error code.
 * Main's own `message` is for developers (English, ids, paths) and is never shown; it goes to
 * the console instead.
 */
export function errorKey(err: unknown): `error.codes.${ApiErrorCode}` {
  console.warn(err)
  const code: ApiErrorCode = err instanceof ApiCallError ? err.error.code : 'internal'
  return `error.codes.${code}`
}
