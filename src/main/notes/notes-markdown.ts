import type { Note } from '../../shared/notes'

/** The words of the exported file, in the learner's language. */
const WORDS = {
  ko: {
    title: '나의 노트',
    exportedOn: '내보낸 날',
    bookmarks: '북마크',
    updated: '수정',
    empty: '아직 북마크나 메모가 없습니다.',
    other: '과정에서 빠진 섹션의 노트',
  },
  en: {
    title: 'My notes',
    exportedOn: 'Exported on',
    bookmarks: 'Bookmarks',
    updated: 'Updated',
    empty: 'No notes or bookmarks yet.',
    other: 'Notes on sections no longer in the course',
  },
} as const

export interface MarkdownChapter {
  id: string
  title: string
  /** In course order, each with a line of context (its first sentence). */
  sections: { id: string; title: string; firstLine: string }[]
}

export interface NotesMarkdownInput {
  courseTitle: string
  locale: string
  /** The export's local day, `YYYY-MM-DD`. */
  exportedOn: string
  /** The course's chapters in reading order. */
  chapters: MarkdownChapter[]
  notes: readonly Note[]
  /** The local day (`YYYY-MM-DD`) of an instant. */
  dayOf: (at: number) => string
}

/** Backslash-escapes what Markdown would read as formatting anywhere in a line. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
}

/** One line of learner text, escaped so it reads back literally (no heading, list, quote or code). */
function escapeLine(line: string): string {
  const escaped = escapeInline(line)
    .replace(/^[ \t]+/, (indent) => '\u00a0'.repeat(indent.replace(/\t/g, '    ').length))
    .replace(/^([\u00a0]*)([>+=-])/, '$1\\$2')
    .replace(/^([\u00a0]*\d+)([.)])/, '$1\\$2')
  return escaped
}

/**
 * Learner text as Markdown that shows it as written: every line escaped, line breaks kept as
 * hard breaks (a trailing backslash), blank lines kept as paragraph breaks.
 */
export function escapeBlock(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((l) => l.trimEnd())
  return lines
    .map((line, i) => {
      if (!line) return ''
      const next = lines[i + 1]
      return escapeLine(line) + (next ? '\\' : '')
    })
    .join('\n')
}

const bookmarkList = (titles: string[]) => titles.map((t) => `- ${escapeInline(t)}`).join('\n')

/**
 * All of a course's notes and bookmarks as one Markdown document: chapters in course order, each
 * with its bookmarks as a list and each note under its section's title with the section's first
 * line for context and the day it was last changed. Notes whose section left the course are kept
 * under a heading of their own.
 */
export function notesMarkdown(input: NotesMarkdownInput): string {
  const words = input.locale === 'en' ? WORDS.en : WORDS.ko
  const out: string[] = [
    `# ${words.title}: ${escapeInline(input.courseTitle)}`,
    `${words.exportedOn}: ${input.exportedOn}`,
  ]
  const byKey = new Map(input.notes.map((n) => [`${n.chapterId}/${n.sectionId}`, n]))
  const placed = new Set<Note>()
  const noteBlock = (heading: string, context: string, note: Note) => {
    out.push(`### ${escapeInline(heading)}`)
    if (context) out.push(`> ${escapeInline(context)}`)
    out.push(escapeBlock(note.text), `*${words.updated}: ${input.dayOf(note.updatedAt)}*`)
  }

  for (const chapter of input.chapters) {
    const here = chapter.sections.flatMap((section) => {
      const note = byKey.get(`${chapter.id}/${section.id}`)
      return note ? [{ section, note }] : []
    })
    if (!here.length) continue
    out.push(`## ${escapeInline(chapter.title)}`)
    const marked = here.filter((h) => h.note.bookmarked)
    if (marked.length) out.push(`### ${words.bookmarks}`, bookmarkList(marked.map((h) => h.section.title)))
    for (const { section, note } of here) {
      placed.add(note)
      if (note.text.trim()) noteBlock(section.title, section.firstLine, note)
    }
  }

  const others = input.notes.filter((n) => !placed.has(n))
  if (others.length) {
    out.push(`## ${words.other}`)
    const name = (n: Note) => `${n.chapterId} / ${n.sectionId}`
    const marked = others.filter((n) => n.bookmarked)
    if (marked.length) out.push(`### ${words.bookmarks}`, bookmarkList(marked.map(name)))
    for (const note of others) if (note.text.trim()) noteBlock(name(note), '', note)
  }
  if (!input.notes.length) out.push(words.empty)
  return `${out.join('\n\n')}\n`
}
