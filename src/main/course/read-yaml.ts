import type * as Yaml from 'yaml'
import type { PackProblem } from '../../shared/course/schema'
import { lazyRequire } from '../lazy-require'

/** Loaded when a pack is parsed, not at every start (see lazyRequire). */
const yaml = lazyRequire<typeof Yaml>('yaml')

export type YamlPath = readonly (string | number)[]

/** A parsed YAML text that still knows where each of its values came from. */
export interface YamlSource {
  value: unknown
  /**
   * The 1-based line (of the whole file) of the value at `path`. A path that ends at a map
   * entry points at its key; a path that does not exist points at the deepest part that does.
   */
  lineOf(path: YamlPath): number
}

export type YamlParseResult = { ok: true; source: YamlSource } | { ok: false; problems: PackProblem[] }

/**
 * Parses YAML text and maps values to lines. `firstLine` is the file line the text starts on
 * (front matter starts on line 2 of a chapter file), so every line reported is a file line.
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlParseResult {
  const { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } = yaml()
  const lineCounter = new LineCounter()
  // prettyErrors off: we print our own "file:line:" prefix, the parser's would repeat it.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1

  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        message: `YAML syntax error: ${firstSentence(error.message)}`,
      })),
    }
  }

  const lineOf = (path: YamlPath): number => {
    let node: unknown = doc.contents
    let line = isNode(node) && node.range ? lineAt(node.range[0]) : firstLine
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment))
        if (!pair) break
        line = lineOfNode(pair.key, lineAt) ?? line
        node = pair.value
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment]
        if (item === undefined) break
        line = lineOfNode(item, lineAt) ?? line
        node = item
      } else {
        break
      }
    }
    return line
  }

  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    // The parser refuses aliases that would expand past the limit (a "billion laughs" file).
    if (!(error instanceof ReferenceError)) throw error
    let line = firstLine
    visit(doc, {
      Alias(_, node) {
        if (node.range) line = lineAt(node.range[0])
        return visit.BREAK
      },
    })
    return {
      ok: false,
      problems: [
        { file, line, message: `too many YAML aliases (*name) expand here: at most ${MAX_ALIAS_COUNT} are allowed` },
      ],
    }
  }
  return { ok: true, source: { value, lineOf } }
}

/** How many times aliases may expand in one document, before it counts as a resource attack. */
const MAX_ALIAS_COUNT = 100

function lineOfNode(node: unknown, lineAt: (offset: number) => number): number | undefined {
  return yaml().isNode(node) && node.range ? lineAt(node.range[0]) : undefined
}

/** The parser's messages sometimes continue with a source excerpt; keep the first line. */
function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).trim()
}
