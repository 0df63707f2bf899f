import type { z } from 'zod'
import type { PackProblem } from '../../shared/course/schema'
import type { YamlPath, YamlSource } from './read-yaml'

type Issue = z.core.$ZodIssue

/**
 * Turns zod issues into problems on the lines of the offending YAML nodes. `basePath` is where
 * the validated value sits in the file (an item index for list files) and `label` names it
 * (`question "q-a"`), so a message reads `question "q-a": options[0].correct: expected boolean`.
 */
export function schemaProblems(
  issues: readonly Issue[],
  source: YamlSource,
  file: string,
  basePath: YamlPath = [],
  label = '',
): PackProblem[] {
  const prefix = label ? `${label}: ` : ''
  const problems: PackProblem[] = []
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file,
          line: source.lineOf([...basePath, ...path, key]),
          message: `${prefix}unknown field "${formatPath([...path, key])}"${commaHint(issue.input, key)}${didYouMean(key, path, issues)}`,
        })
      }
      continue
    }
    problems.push({ file, line: source.lineOf([...basePath, ...path]), message: prefix + describe(issue, path) })
  }
  return problems
}

/**
 * `{ id: a, text: 서버, 네트워크 }` parses as a key "네트워크" with no value: a comma inside a flow
 * map starts a new field. Say so, because "unknown field 네트워크" alone puzzles an author.
 */
function commaHint(input: unknown, key: string): string {
  const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined
  return value === null
    ? ' (a comma inside { … } starts a new field: put quotes around text that contains a comma)'
    : ''
}

/** A misspelt field shows up twice: unknown `promt` and missing `prompt`. Connect the two. */
function didYouMean(key: string, path: YamlPath, issues: readonly Issue[]): string {
  const missing = issues
    .filter((i) => i.code === 'invalid_type' && i.input === undefined && i.path.length === path.length + 1)
    .filter((i) => path.every((segment, index) => i.path[index] === segment))
    .map((i) => String(i.path[path.length]))
  const close = missing.find((name) => editDistance(name, key) <= 2)
  return close ? ` (did you mean "${close}"?)` : ''
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

function describe(issue: Issue, path: YamlPath): string {
  const where = formatPath(path)
  if (issue.code === 'invalid_type' && issue.input === undefined && path.length > 0) {
    return `missing required field "${where}"`
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.join(', ') : ''
    return `${where}: must be one of ${options}`
  }
  // zod's generic prefixes add nothing once the field is named.
  const text = issue.message.replace(/^(Invalid (input|option|string)|Too (small|big)): /, '')
  return where ? `${where}: ${text}` : text
}

/** `["options", 0, "correct"]` → `options[0].correct`. */
export function formatPath(path: YamlPath): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`
    return out ? `${out}.${segment}` : segment
  }, '')
}
