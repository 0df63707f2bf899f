import { z } from 'zod'
import { StableIdSchema } from '../ids'

/* Building blocks shared by the course pack schemas. */

/** Stable kebab-case ASCII id (course, chapter, section, question, option, diagram, term). */
export const IdSchema = StableIdSchema

export const Text = z.string().trim().min(1, 'must not be empty')

// ---------------------------------------------------------------------------------------------
// Helpers for refinements

/** The ids that occur more than once, in order of their second occurrence. */
export function repeatedIds(ids: readonly string[]): string[] {
  const seen = new Set<string>()
  const repeated: string[] = []
  for (const id of ids) {
    if (seen.has(id) && !repeated.includes(id)) repeated.push(id)
    seen.add(id)
  }
  return repeated
}

/** Adds one issue per repeated `id` inside a list field, pointing at the repeated element. */
export function checkUniqueIds(
  ctx: z.RefinementCtx,
  list: readonly { id: string }[],
  path: (string | number)[],
  what: string,
): void {
  const seen = new Set<string>()
  list.forEach((item, index) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate ${what} id "${item.id}"` })
    seen.add(item.id)
  })
}

export const quoteList = (ids: readonly string[]): string => ids.map((id) => `"${id}"`).join(', ')
