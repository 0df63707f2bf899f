/** Small statistics helpers shared by the benchmarks (nearest-rank percentiles, no interpolation). */

export interface Summary {
  /** How many samples the figures are over. */
  n: number
  p50: number
  p95: number
  mean: number
  max: number
}

/** The value below which `p` percent of the samples fall (nearest rank); NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN
}

export function summarize(samples: readonly number[]): Summary {
  const n = samples.length
  return {
    n,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: n ? samples.reduce((a, b) => a + b, 0) / n : Number.NaN,
    max: n ? Math.max(...samples) : Number.NaN,
  }
}

/** High-resolution monotonic clock in milliseconds. */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6

/** Rounds for display and for results.json (keeps 2 significant decimals on small numbers). */
export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value
  const f = 10 ** digits
  return Math.round(value * f) / f
}

export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN
}
