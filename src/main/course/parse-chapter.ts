import {
  ChapterFrontMatterSchema,
  IdSchema,
  type Block,
  type ChapterFrontMatter,
  type PackProblem,
  type Section,
} from '../../shared/course/schema'
import { countHangul, lintMarkdown, literalEmphasisLines, parseMarkdown, renderTokens, type Token } from './markdown'
import { parseYaml } from './read-yaml'
import { schemaProblems } from './schema-problems'
import { splitFrontMatter } from './split-front-matter'
import { PARSE_ONCE_REPORTING } from './parse-once'

/** A diagram or checkpoint placed by a fenced block, with its file line. */
export interface ChapterReference {
  kind: 'diagram' | 'checkpoint'
  id: string
  line: number
}

export interface ParsedChapter {
  file: string
  /** Undefined when the front matter is missing or invalid (the problems say why). */
  frontMatter: ChapterFrontMatter | undefined
  /** Line of the front matter's `id:`. */
  idLine: number
  sections: Section[]
  /** Section id → line of its heading (first occurrence). */
  sectionLines: Map<string, number>
  references: ChapterReference[]
  /** Hangul syllables of the body, fenced blocks excluded. */
  hangulSyllables: number
  /** File lines whose rendered prose still shows `**` (an emphasis that did not close). */
  literalEmphasisLines: number[]
  problems: PackProblem[]
}

const SECTION_HEADING = /^(.*?)\s*\{#([^}]*)\}$/
const REFERENCE_KINDS = ['diagram', 'checkpoint'] as const

/** Parses one chapter file: front matter, then `##` sections made of prose and reference blocks. */
export function parseChapter(text: string, file: string): ParsedChapter {
  const chapter: ParsedChapter = {
    file,
    frontMatter: undefined,
    idLine: 1,
    sections: [],
    sectionLines: new Map(),
    references: [],
    hangulSyllables: 0,
    literalEmphasisLines: [],
    problems: [],
  }
  const split = splitFrontMatter(text)
  if (!split.ok) {
    chapter.problems.push({ file, line: split.line, message: split.message })
    // Still read the sections, so questions pointing at them are not blamed as well.
    if (split.reason === 'missing') readBody(chapter, text, 1)
    return chapter
  }
  readFrontMatter(chapter, split.yaml, split.yamlFirstLine)
  readBody(chapter, split.body, split.bodyFirstLine)
  return chapter
}

function readFrontMatter(chapter: ParsedChapter, yaml: string, firstLine: number): void {
  const { file } = chapter
  const parsed = parseYaml(yaml, file, firstLine)
  if (!parsed.ok) {
    chapter.problems.push(...parsed.problems)
    return
  }
  chapter.idLine = parsed.source.lineOf(['id'])
  const result = ChapterFrontMatterSchema.safeParse(parsed.source.value ?? {}, PARSE_ONCE_REPORTING)
  if (result.success) chapter.frontMatter = result.data
  else chapter.problems.push(...schemaProblems(result.error.issues, parsed.source, file, [], 'front matter'))
}

/**
 * Walks the top-level tokens: a `##` heading opens a section; a `diagram`/`checkpoint` fence
 * becomes a reference block; everything else accumulates into the current prose block.
 */
function readBody(chapter: ParsedChapter, body: string, firstLine: number): void {
  const { file, problems } = chapter
  const lineOf = (token: Token): number => (token.map ? token.map[0] : 0) + firstLine
  const tokens = parseMarkdown(body)
  chapter.literalEmphasisLines = literalEmphasisLines(tokens).map((line) => line + firstLine)

  const anchors = reportLintFindings(chapter, body, firstLine)

  let section: Section | undefined
  let prose: Token[] = []
  let reportedStrayText = false
  const flushProse = (): void => {
    if (section && prose.length > 0) section.blocks.push({ kind: 'prose', html: renderTokens(prose) })
    prose = []
  }

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token
    chapter.hangulSyllables += token.type === 'inline' ? countHangul(token.content) : 0

    if (token.type === 'heading_open' && token.level === 0 && (token.tag === 'h1' || token.tag === 'h2')) {
      const inline = tokens[i + 1]
      chapter.hangulSyllables += inline ? countHangul(inline.content) : 0
      i += 2 // the heading's inline and close tokens
      if (token.tag === 'h1') {
        problems.push({
          file,
          line: lineOf(token),
          message: '"#" headings are not allowed: the chapter title comes from the front matter; use "##" for sections',
        })
        continue
      }
      flushProse()
      section = openSection(chapter, inline?.content ?? '', lineOf(token))
      continue
    }

    const referenceKind = token.type === 'fence' ? referenceKindOf(token.info) : undefined
    if (referenceKind) {
      if (token.level !== 0) {
        problems.push({
          file,
          line: lineOf(token),
          message: `a ${referenceKind} block must stand on its own, not inside a list or quote`,
        })
        continue
      }
      if (!section) {
        reportStrayText(chapter, lineOf(token), reportedStrayText)
        reportedStrayText = true
        continue
      }
      flushProse()
      const block = readReference(chapter, referenceKind, token.content, lineOf(token))
      if (block) section.blocks.push(block)
      continue
    }

    if (!section) {
      if (token.map) {
        reportStrayText(chapter, lineOf(token), reportedStrayText)
        reportedStrayText = true
      }
      continue
    }
    prose.push(token)
  }
  flushProse()
  if (chapter.sections.length === 0 && !problems.some((p) => p.line >= firstLine)) {
    problems.push({ file, line: firstLine, message: 'a chapter needs at least one "## Title {#section-id}" section' })
  }

  for (const anchor of anchors) {
    if (!chapter.sectionLines.has(anchor.id)) {
      problems.push({
        file,
        line: anchor.line,
        message: `link to unknown anchor "#${anchor.id}" (in-page links point at a section id of this chapter)`,
      })
    }
  }
}

function referenceKindOf(info: string): (typeof REFERENCE_KINDS)[number] | undefined {
  const word = info.trim()
  return REFERENCE_KINDS.find((kind) => kind === word)
}

function reportStrayText(chapter: ParsedChapter, line: number, alreadyReported: boolean): void {
  if (alreadyReported) return
  chapter.problems.push({
    file: chapter.file,
    line,
    message: 'text before the first "##" section heading is not allowed (start with an introductory section)',
  })
}

function openSection(chapter: ParsedChapter, headingText: string, line: number): Section {
  const { file, problems } = chapter
  const match = SECTION_HEADING.exec(headingText.trim())
  // A broken heading still opens a section (without an id) so its text is not blamed twice.
  const section: Section = { id: '', title: headingText.trim(), blocks: [] }
  if (!match) {
    problems.push({
      file,
      line,
      message: `section heading "${headingText.trim()}" has no id: write it as "## Title {#section-id}"`,
    })
    return section
  }
  const title = (match[1] ?? '').trim()
  const id = (match[2] ?? '').trim()
  section.title = title
  if (!title) problems.push({ file, line, message: `section "${id}" needs a title before {#${id}}` })
  if (!IdSchema.safeParse(id).success) {
    problems.push({ file, line, message: `section id "${id}" must be kebab-case ASCII (a-z, 0-9 and single hyphens)` })
    return section
  }
  const firstLine = chapter.sectionLines.get(id)
  if (firstLine !== undefined) {
    problems.push({ file, line, message: `duplicate section id "${id}" in this chapter (first at line ${firstLine})` })
    return section
  }
  section.id = id
  chapter.sectionLines.set(id, line)
  chapter.sections.push(section)
  return section
}

function readReference(
  chapter: ParsedChapter,
  kind: ChapterReference['kind'],
  content: string,
  line: number,
): Block | undefined {
  const words = content.trim().split(/\s+/).filter(Boolean)
  const id = words[0]
  if (words.length !== 1 || id === undefined) {
    chapter.problems.push({
      file: chapter.file,
      line,
      message: `a ${kind} block must contain exactly one id (found ${words.length === 0 ? 'none' : words.length})`,
    })
    return undefined
  }
  if (!IdSchema.safeParse(id).success) {
    chapter.problems.push({ file: chapter.file, line, message: `${kind} id "${id}" must be kebab-case ASCII` })
    return undefined
  }
  chapter.references.push({ kind, id, line })
  return kind === 'diagram' ? { kind, diagramId: id } : { kind, questionId: id }
}

/**
 * Raw HTML, images and links other than http(s) or an in-page `#anchor` are problems (the app
 * decides how to open links). Returns the anchors, to be checked against the sections.
 */
function reportLintFindings(chapter: ParsedChapter, body: string, firstLine: number): { id: string; line: number }[] {
  const { file, problems } = chapter
  const anchors: { id: string; line: number }[] = []
  const htmlLines = new Set<number>()
  for (const finding of lintMarkdown(body)) {
    const line = finding.line + firstLine
    if (finding.kind === 'html') {
      // One report per line: "<b>x</b>" is one mistake, not two.
      if (htmlLines.has(line)) continue
      htmlLines.add(line)
      problems.push({ file, line, message: `raw HTML is not allowed: ${finding.snippet} (write Markdown instead)` })
    } else if (finding.kind === 'image') {
      problems.push({ file, line, message: 'images are not supported: draw it as a diagram in diagrams.yaml' })
    } else if (finding.href.startsWith('#')) {
      anchors.push({ id: safeDecode(finding.href.slice(1)), line })
    } else if (!/^https?:\/\/[^\s/]/i.test(finding.href)) {
      problems.push({
        file,
        line,
        message: `link target "${finding.href}" is not allowed: use an http(s) URL or an in-page #section-id`,
      })
    }
  }
  return anchors
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
