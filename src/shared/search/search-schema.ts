import { z } from 'zod'
import { StableIdSchema } from '../ids'

export const SearchKindSchema = z.enum(['section', 'question', 'diagram', 'glossary', 'note'])
export type SearchKind = z.infer<typeof SearchKindSchema>

/** A snippet as text runs, so the renderer can mark hits without ever parsing HTML. */
export const SnippetSchema = z.array(z.object({ text: z.string(), hit: z.boolean() }))
export type Snippet = z.infer<typeof SnippetSchema>

export const SearchResultSchema = z.object({
  kind: SearchKindSchema,
  /** The id of the thing found (section, question, diagram, glossary entry or note). */
  id: z.string(),
  chapterId: StableIdSchema,
  sectionId: StableIdSchema,
  title: z.string(),
  chapterTitle: z.string(),
  snippet: SnippetSchema,
  /** The words that matched, for highlighting in the opened section. */
  terms: z.array(z.string()),
})
export type SearchResult = z.infer<typeof SearchResultSchema>

export const SearchQuerySchema = z
  .object({
    courseId: StableIdSchema,
    query: z.string().max(200),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict()
