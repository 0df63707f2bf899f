import { describe, expect, it } from 'vitest'
import css from './tokens.css?raw'

/**
 * WCAG contrast of the token pairs the components put together, measured from tokens.css in both
 * themes: text needs 4.5:1 (AA), focus rings and input borders 3:1 (non-text).
 */
function block(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`)
  const body = css.slice(start, css.indexOf('\n}', start))
  return new Map([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!]))
}
const light = block(':root')
const themes = { light, dark: new Map([...light, ...block(":root[data-theme='dark']")]) }

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

const SURFACES = ['--color-bg', '--color-surface', '--color-surface-sunken']
const TEXT_PAIRS: [string, string][] = [
  ...['--color-text', '--color-text-muted', '--color-brand'].flatMap((fg) =>
    SURFACES.map((bg): [string, string] => [fg, bg]),
  ),
  ['--color-brand', '--color-brand-soft'],
  ['--color-text', '--color-brand-soft'],
  ['--color-on-brand', '--color-brand'],
  ['--color-on-brand', '--color-brand-strong'],
  ['--color-success', '--color-success-soft'],
  ['--color-success', '--color-surface'],
  ['--color-warning', '--color-warning-soft'],
  ['--color-warning', '--color-surface'],
  ['--color-error', '--color-error-soft'],
  ['--color-error', '--color-surface'],
  ['--color-on-error', '--color-error'],
  ['--color-text', '--color-success-soft'],
  ['--color-text', '--color-warning-soft'],
  ['--color-text', '--color-error-soft'],
  // Pages: a muted line on a selected row (search result, glossary entry); an error line on the page.
  ['--color-text-muted', '--color-brand-soft'],
  ['--color-error', '--color-bg'],
]
const NON_TEXT_PAIRS: [string, string][] = [
  ['--color-focus', '--color-bg'],
  ['--color-focus', '--color-surface'],
  ['--color-line-strong', '--color-surface'],
]

describe.each(Object.entries(themes))('%s theme contrast', (_name, tokens) => {
  const value = (name: string) => {
    const v = tokens.get(name)
    if (!v) throw new Error(`token ${name} has no hex value`)
    return v
  }
  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(value(fg), value(bg))).toBeGreaterThanOrEqual(4.5)
  })
  it.each(NON_TEXT_PAIRS)('%s on %s reaches 3:1', (fg, bg) => {
    expect(contrast(value(fg), value(bg))).toBeGreaterThanOrEqual(3)
  })
})
