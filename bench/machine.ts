/**
 * The run's machine and its load: how many cores, and the 1-minute load average before and after.
 * A run whose load exceeded the core count had other work competing for the CPU (a noisy host):
 * its absolute figures are not comparable, and even the ratios move more.
 */
import { execFileSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'

export interface RunInfo {
  cores: number
  load_before: number
  load_after: number
}

/** The 1-minute load average now. */
export const loadNow = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100

export const runInfo = (loadBefore: number): RunInfo => ({
  cores: cpus().length,
  load_before: loadBefore,
  load_after: loadNow(),
})

/**
 * Other work competed when the load exceeded the core count before the run, or ended more than one
 * core above it: the bench itself keeps about one core busy (its Node process and Chromium take
 * turns), so on a quiet two-core machine its own work leaves the 1-minute load near 2 at the end.
 */
export const isNoisy = (run: RunInfo): boolean => run.load_before > run.cores || run.load_after > run.cores + 1

/**
 * How many installed font families cover Korean, by fontconfig; null where there is no fc-list.
 * A bare Debian has none, and then Hangul is drawn as empty boxes until the app's own font slices
 * arrive: the static floor's "first text" is a paint of boxes, ~100 ms before its fonts, while the
 * app's text usually paints after them (bench/renderer.ts reports the count, and the table and the
 * command say NO_KOREAN_FONT). A learner's laptop has such a font (Malgun Gothic, Apple SD Gothic
 * Neo).
 */
export function koreanFontFamilies(): number | null {
  try {
    const families = execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8', timeout: 10_000 })
    return families.split('\n').filter(Boolean).length
  } catch {
    return null
  }
}

/** What the table and the command say of a renderer run on a machine without a Korean font. */
export const NO_KOREAN_FONT =
  'NO KOREAN FONT: the static floor paints Hangul as boxes until its fonts arrive, so first text ÷ floor is not comparable (apt-get install -y fonts-nanum and rerun)'
