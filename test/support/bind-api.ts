import type { Api } from '../../src/shared/ipc/api'
import { methods } from '../../src/shared/ipc/contract'
import type { Dispatch } from '../../src/main/ipc/dispatch'

/** Builds a window.api for component tests whose calls run the real dispatcher. */
export function bindApi(dispatch: Dispatch): Api {
  return Object.fromEntries(
    methods.map((method) => [method, (input: unknown) => dispatch(method, structuredClone(input))]),
  ) as Api
}
