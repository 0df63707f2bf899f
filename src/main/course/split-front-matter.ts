export type FrontMatterSplit =
  | {
      ok: true
      /** The YAML between the `---` lines. */
      yaml: string
      /** File line of the first YAML line (always 2). */
      yamlFirstLine: number
      /** Everything after the closing `---`. */
      body: string
      /** File line of the first body line. */
      bodyFirstLine: number
    }
  | { ok: false; reason: 'missing' | 'unclosed'; line: number; message: string }

const FENCE = /^---[ \t]*$/

/** Splits a chapter file (already LF-normalised) into its front matter and Markdown body. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.split('\n')
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ok: false,
      reason: 'missing',
      line: 1,
      message: 'missing front matter: a chapter file must start with a "---" line',
    }
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line))
  if (close === -1)
    return { ok: false, reason: 'unclosed', line: 1, message: 'front matter is not closed by a "---" line' }
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    yamlFirstLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyFirstLine: close + 2,
  }
}
