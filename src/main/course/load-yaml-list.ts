import type { z } from 'zod'
import type { PackProblem } from '../../shared/course/schema'
import { parseYaml, type YamlPath } from './read-yaml'
import { schemaProblems } from './schema-problems'
import { PARSE_ONCE_REPORTING } from './parse-once'

/** One valid item of a YAML list file, with a way back to its lines. */
export interface ListItem<T> {
  value: T
  file: string
  /** Line of the item itself. */
  line: number
  /** Line of a field of the item, e.g. `lineOf(['section'])`. */
  lineOf(path: YamlPath): number
}

export interface LoadedList<T> {
  /** False when the file does not exist (an empty list stands in for it). */
  fileExists: boolean
  items: ListItem<T>[]
  /**
   * Ids of items that failed their schema. They are reported once, here; references to them
   * elsewhere are not reported again as "unknown".
   */
  invalidIds: Set<string>
  problems: PackProblem[]
}

/** Stands in for a list file that does not exist. */
export const missingList = <T>(): LoadedList<T> => ({
  fileExists: false,
  items: [],
  invalidIds: new Set(),
  problems: [],
})

/**
 * Parses a YAML file holding a list (checkpoints, diagrams, glossary) and validates each item
 * on its own, so one bad item does not hide the others from the cross-reference checks.
 */
export function loadYamlList<S extends z.ZodType>(
  text: string,
  file: string,
  itemSchema: S,
  noun: string,
): LoadedList<z.infer<S>> {
  const result: LoadedList<z.infer<S>> = { fileExists: true, items: [], invalidIds: new Set(), problems: [] }
  const parsed = parseYaml(text, file)
  if (!parsed.ok) {
    result.problems.push(...parsed.problems)
    return result
  }
  const { source } = parsed
  if (!Array.isArray(source.value)) {
    const found = source.value === null || source.value === undefined ? 'an empty file' : 'something else'
    result.problems.push({ file, line: source.lineOf([]), message: `expected a YAML list of ${noun}s, found ${found}` })
    return result
  }
  source.value.forEach((raw: unknown, index: number) => {
    const rawId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined
    const parsedItem = itemSchema.safeParse(raw, PARSE_ONCE_REPORTING)
    if (!parsedItem.success) {
      if (rawId !== undefined) result.invalidIds.add(rawId)
      const label = rawId !== undefined ? `${noun} "${rawId}"` : `${noun} #${index + 1}`
      result.problems.push(...schemaProblems(parsedItem.error.issues, source, file, [index], label))
      return
    }
    result.items.push({
      value: parsedItem.data,
      file,
      line: source.lineOf([index]),
      lineOf: (path) => source.lineOf([index, ...path]),
    })
  })
  return result
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
