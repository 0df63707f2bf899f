import { z } from 'zod'
import type {
  ChapterContent,
  CourseOutline,
  Diagram,
  GlossaryEntry,
  PackProblem,
  Question,
} from '../../shared/course/schema'

export type { PackProblem }

/** A question together with the chapter whose checkpoints file defines it. */
export type OwnedQuestion = Question & { chapterId: string }

/** Where a chapter came from, for tools that report on files (course:check, content rules). */
export const ChapterSourceInfoSchema = z.object({
  /** e.g. `chapters/01-infra-stack.md` */
  file: z.string(),
  /** e.g. `checkpoints/01-infra-stack.yaml` */
  checkpointsFile: z.string(),
  /** Hangul syllables of the body, front matter and fenced blocks excluded. */
  hangulSyllables: z.number().int().min(0),
  /** File lines whose rendered prose still shows a literal `**` (emphasis that did not close). */
  literalEmphasisLines: z.array(z.number().int().min(1)),
})
export type ChapterSourceInfo = z.infer<typeof ChapterSourceInfoSchema>

export interface LoadedPack {
  dir: string
  /** sha256 over every file's relative path and bytes: tells a changed pack from an unchanged one. */
  hash: string
  outline: CourseOutline
  /** Keyed by chapter id, in reading order. */
  chapters: ReadonlyMap<string, ChapterContent>
  /** Keyed by question id. The full questions, answers included: main only, never sent as is. */
  questions: ReadonlyMap<string, OwnedQuestion>
  diagrams: ReadonlyMap<string, Diagram>
  glossary: GlossaryEntry[]
  /** Keyed by chapter id. */
  sources: ReadonlyMap<string, ChapterSourceInfo>
}

export type PackLoadResult =
  | { ok: true; pack: LoadedPack }
  /** `error`: what stopped the loader, when it was not a problem of the pack (for the log only). */
  | { ok: false; dir: string; problems: PackProblem[]; error?: unknown }
