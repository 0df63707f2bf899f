import { z } from 'zod'

/** Every way a call across the IPC boundary can fail; the renderer switches on `code`. */
export const ApiErrorCodeSchema = z.enum([
  'invalid_input',
  'unknown_method',
  'forbidden_sender',
  'not_found',
  'conflict',
  'internal',
  /** The data folder cannot be written (read-only, full, no permission): nothing was saved. */
  'storage',
  /** An import file that is malformed, too large, of another version or hostile: nothing was changed. */
  'invalid_file',
])
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>

export const ApiErrorSchema = z.object({
  code: ApiErrorCodeSchema,
  message: z.string(),
  /** Where the payload was wrong, for `invalid_input`. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})
export type ApiError = z.infer<typeof ApiErrorSchema>

/** What every API function resolves to: errors are values, never thrown across the bridge. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** Thrown by main-process services for an expected failure with a known code. */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}
