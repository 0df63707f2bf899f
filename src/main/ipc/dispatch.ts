import { contract, type Method } from '../../shared/ipc/contract'
import { AppError, type ApiResult } from '../../shared/ipc/errors'
import { storageMessage, storageProblemOf } from '../storage-errors'
import type { Handlers } from './handlers'

/** The largest payload accepted before parsing: progress calls are tiny; this stops abuse early. */
const MAX_PAYLOAD_CHARS = 64 * 1024

const fail = (
  code: AppError['code'],
  message: string,
  issues?: { path: string; message: string }[],
): ApiResult<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
})

/**
 * Validates a call against the contract, runs its handler and checks what it returns. Both the
 * Electron IPC wiring and the test harness call this, so both see the same behaviour.
 */
export function createDispatcher(handlers: Handlers, log: (message: string, err: unknown) => void = console.error) {
  return async function dispatch(method: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    if (!Object.hasOwn(contract, method)) return fail('unknown_method', `Unknown method "${method}"`)
    const name = method as Method
    let size: number
    try {
      size = JSON.stringify(rawInput ?? null).length
    } catch {
      return fail('invalid_input', 'The payload is not plain data')
    }
    if (size > MAX_PAYLOAD_CHARS) return fail('invalid_input', `The payload is too large (${size} characters)`)
    const parsed = contract[name].input.safeParse(rawInput)
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
      return fail('invalid_input', `Invalid input for ${name}`, issues)
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      return { ok: true, value: contract[name].output.parse(value) }
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.message)
      // A read-only or full disk is not a bug: say so plainly (SQLite wrote nothing).
      const storage = storageProblemOf(err)
      log(`Handler ${name} failed`, err)
      if (storage) return fail('storage', storageMessage(storage))
      return fail('internal', 'Something went wrong inside the app; nothing was changed.')
    }
  }
}

export type Dispatch = ReturnType<typeof createDispatcher>
