import { afterAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { tempServices } from '../../../test/support/temp-services'
import { fillProgress } from '../../../test/support/progress-fixture'
import { contract, methods, type Method } from '../../shared/ipc/contract'
import { ApiErrorSchema } from '../../shared/ipc/errors'
import { checkExternalLink } from '../external-links'

/**
 * Throws generated payloads at every channel: wrong types, missing and extra fields, huge
 * strings, odd Unicode, prototype-pollution keys, deep nesting, values IPC could never carry.
 * Every payload is one that must be refused: the schema refuses it, or it names a course that
 * is not installed, or a link that may not be opened. The dispatcher must never throw, must
 * answer each with a typed error (never `internal`), and the database must stay byte-identical.
 * The generator is seeded (FUZZ_SEED), so a failure can be replayed exactly.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261129)
const PAYLOADS = Number(process.env['FUZZ_PAYLOADS'] ?? 10_000)

/** mulberry32: small, fast, good enough to spread payloads; same seed, same payloads. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = prng(SEED)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const chance = (p: number) => random() < p

/** Plausible values per field name: a payload built only from these would often be valid. */
const SAMPLES: Record<string, unknown> = {
  courseId: 'mini',
  chapterId: 'first',
  sectionId: 'intro',
  questionId: 'q-first-single',
  diagramId: 'mini-matrix',
  step: 1,
  seconds: 60,
  scrollOffset: 120,
  confirm: 'reset',
  answer: { type: 'single', optionId: 'a' },
  submissionId: 'fuzz-submission',
  draft: { type: 'ordering', order: ['os', 'app', 'servers'] },
  theme: 'dark',
  locale: 'en',
  fontScale: 1.2,
  query: '운영체제',
  limit: 5,
  timeZone: 'Asia/Seoul',
  text: '메모',
  bookmarked: true,
  token: '0'.repeat(32),
  mode: 'merge',
  url: 'https://kubernetes.io/ko/docs/',
}
const ID_FIELDS = ['courseId', 'chapterId', 'sectionId', 'questionId', 'diagramId']

const ODD_STRINGS = [
  '',
  ' ',
  'ㄱ'.repeat(70_000),
  'x'.repeat(5_000),
  '\u0000',
  '\ud800',
  'e\u0301\u0301\u0301',
  '🧪'.repeat(300),
  '\u202emini',
  'mini\u200b',
  'ＭＩＮＩ',
  'MINI',
  '../../etc/passwd',
  "'); DROP TABLE settings;--",
  'javascript:alert(1)',
  'file:///etc/passwd',
  'http://127.0.0.1:8080/',
  'https://user:pw@example.com/',
  '__proto__',
  'constructor',
  'first',
  'zz-not-installed',
  '0'.repeat(32),
  '%00',
  '${7*7}',
  '<img src=x onerror=alert(1)>',
]
const ODD_NUMBERS = [
  0,
  -1,
  1.5,
  Number.NaN,
  Infinity,
  -Infinity,
  Number.MAX_SAFE_INTEGER + 2,
  -0,
  1e308,
  2 ** 31,
  -100_001,
]

function deep(levels: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < levels; i++) value = chance(0.5) ? [value] : { next: value }
  return value
}

function hostile(depth = 0): unknown {
  switch (Math.floor(random() * (depth > 2 ? 6 : 11))) {
    case 0:
      return pick(ODD_STRINGS)
    case 1:
      return pick(ODD_NUMBERS)
    case 2:
      return pick([true, false, null, undefined])
    case 3:
      return pick(ODD_STRINGS).slice(0, 40)
    case 4:
      return pick([10n, Symbol('s'), () => 1, new Date(0), /re/g, new Map([[1, 2]])])
    case 5:
      return pick(Object.values(SAMPLES))
    case 6:
      return Array.from({ length: Math.floor(random() * 4) }, () => hostile(depth + 1))
    case 7:
      return Object.fromEntries(
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => [
          pick(ODD_STRINGS).slice(0, 20),
          hostile(depth + 1),
        ]),
      )
    case 8:
      return JSON.parse(
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      ) as unknown
    case 9:
      return deep(pick([50, 500, 5000]))
    default: {
      const cyclic: Record<string, unknown> = { courseId: 'mini' }
      cyclic['self'] = cyclic
      return cyclic
    }
  }
}

const shapeOf = (method: Method): string[] => {
  const schema: z.ZodType = contract[method].input
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : []
}

/** A payload for `method` built from samples, then broken in one or more ways. */
function generate(method: Method): unknown {
  if (chance(0.08)) return hostile()
  const payload: Record<string, unknown> = {}
  for (const key of shapeOf(method)) if (!chance(0.1)) payload[key] = SAMPLES[key]
  const mutations = 1 + Math.floor(random() * 3)
  for (let i = 0; i < mutations; i++) {
    const keys = Object.keys(payload)
    switch (Math.floor(random() * 6)) {
      case 0:
        if (keys.length) delete payload[pick(keys)]
        break
      case 1:
        if (keys.length) payload[pick(keys)] = hostile()
        break
      case 2:
        payload[pick(['extra', 'id', 'path', 'sql', 'role', pick(ODD_STRINGS).slice(0, 12)])] = hostile()
        break
      case 3:
        Object.assign(payload, JSON.parse('{"__proto__": {"polluted": true}}') as object)
        Object.defineProperty(payload, '__proto__', {
          value: { polluted: true },
          enumerable: true,
          configurable: true,
          writable: true,
        })
        break
      case 4:
        // Every id names something that is not installed: schema-valid, but must be not_found.
        for (const key of keys) if (ID_FIELDS.includes(key)) payload[key] = `zz-${Math.floor(random() * 1e6)}`
        break
      default:
        if (keys.length) payload[pick(keys)] = pick(ODD_STRINGS)
    }
  }
  return payload
}

/** Whether a payload the schema accepts must still be refused, so it is safe to send. */
function mustBeRefused(method: Method, payload: unknown): boolean {
  const fields = payload as Record<string, unknown>
  if ('courseId' in fields && fields['courseId'] !== 'mini') return true
  if (method === 'openExternalLink') return !checkExternalLink(fields['url']).ok
  return method === 'applyImport'
}

const env = tempServices({ log: () => undefined })
fillProgress(env.services)
afterAll(() => env.dispose())

describe('IPC fuzzing', () => {
  it(`refuses ${PAYLOADS} generated payloads across every channel with typed errors, changing nothing`, async () => {
    await env.services.startupBackup
    const before = env.fingerprint()
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
    const byCode: Record<string, number> = {}
    const started = performance.now()
    let sent = 0
    while (sent < PAYLOADS) {
      const method = methods[sent % methods.length]!
      const payload = generate(method)
      const accepted = contract[method].input.safeParse(payload).success
      if (accepted && !mustBeRefused(method, payload)) continue
      let result: unknown
      try {
        result = await env.dispatch(method, payload)
      } catch (err) {
        throw new Error(`dispatch threw for ${method} (payload #${sent}, seed ${SEED}): ${String(err)}`)
      }
      const { ok, error } = result as { ok: boolean; error?: unknown }
      expect(ok, `${method} #${sent} (seed ${SEED}) was accepted`).toBe(false)
      const parsed = ApiErrorSchema.parse(error)
      expect(parsed.code, `${method} #${sent}: ${parsed.message}`).not.toBe('internal')
      if (!accepted) expect(parsed.code, `${method} #${sent}`).toBe('invalid_input')
      byCode[parsed.code] = (byCode[parsed.code] ?? 0) + 1
      sent++
      if (sent % 1000 === 0) expect(env.fingerprint(), `after ${sent} payloads`).toBe(before)
    }
    const seconds = (performance.now() - started) / 1000
    console.info(
      `IPC fuzz: ${sent} payloads over ${methods.length} channels in ${seconds.toFixed(1)} s (seed ${SEED})`,
      byCode,
    )
    expect(env.fingerprint()).toBe(before)
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    // Each family of refusal was exercised, not just the schema's.
    expect(byCode['invalid_input']).toBeGreaterThan(PAYLOADS / 2)
    expect(byCode['not_found']).toBeGreaterThan(100)
  }, 120_000)
})
