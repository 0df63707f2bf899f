import type { ApiError, ApiResult } from '../../shared/ipc/errors'

/** An API call that came back with an error; views show `error.message` and carry on. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
  }
}

/** Unwraps an API result, turning an error value into an exception for the caller's catch. */
export async function call<T>(pending: Promise<ApiResult<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new ApiCallError(result.error)
  return result.value
}

export const api = () => window.api
