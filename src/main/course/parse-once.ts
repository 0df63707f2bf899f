/**
 * zod options for a schema checked about once per run: a pack's files when it is loaded, the pack
 * cache at start-up. By default zod compiles each object schema into a function the first time it
 * is used, which pays only for a schema used many times; here the compiling cost more than it
 * saved. Without it, a fresh process checked the whole cached pack in about half the time, and a
 * cold start (pack loaded from its files) took ~375 instead of ~500 ms.
 */
export const PARSE_ONCE = { jitless: true } as const

/** PARSE_ONCE for the loader, which also reports the offending input in its problems. */
export const PARSE_ONCE_REPORTING = { ...PARSE_ONCE, reportInput: true } as const
