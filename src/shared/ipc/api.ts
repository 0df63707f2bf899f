import type { ApiResult } from './errors'
import type { Method, MethodInput, MethodOutput } from './contract'

/** The shape of `window.api`, derived from the contract: one async function per method. */
export type Api = { [M in Method]: (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>> }
