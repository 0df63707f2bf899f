import { CourseManifestSchema, type CourseManifest, type PackProblem } from '../../shared/course/schema'
import { parseYaml, type YamlSource } from './read-yaml'
import { schemaProblems } from './schema-problems'
import { PARSE_ONCE_REPORTING } from './parse-once'

export const MANIFEST_FILE = 'course.yaml'

export interface ManifestResult {
  manifest: CourseManifest | undefined
  /** The parsed YAML, to point at lines of course.yaml; undefined when it did not parse. */
  source: YamlSource | undefined
  problems: PackProblem[]
}

/** Reads and checks course.yaml; `text` is undefined when the file does not exist. */
export function loadManifest(text: string | undefined): ManifestResult {
  const file = MANIFEST_FILE
  if (text === undefined) {
    return {
      manifest: undefined,
      source: undefined,
      problems: [
        { file, line: 1, message: 'missing course.yaml: every pack needs a manifest (id, title, version, chapters)' },
      ],
    }
  }
  const parsed = parseYaml(text, file)
  if (!parsed.ok) return { manifest: undefined, source: undefined, problems: parsed.problems }
  const { source } = parsed
  const result = CourseManifestSchema.safeParse(source.value ?? {}, PARSE_ONCE_REPORTING)
  if (!result.success) {
    return { manifest: undefined, source, problems: schemaProblems(result.error.issues, source, file) }
  }
  const problems: PackProblem[] = []
  const firstLines = new Map<string, number>()
  result.data.chapters.forEach((stem, index) => {
    const line = source.lineOf(['chapters', index])
    const first = firstLines.get(stem)
    if (first === undefined) firstLines.set(stem, line)
    else problems.push({ file, line, message: `chapter "${stem}" is listed twice (first at line ${first})` })
  })
  return { manifest: result.data, source, problems }
}
