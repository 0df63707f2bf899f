import { z } from 'zod'

/** Stable ids from course packs (course, chapter, section, question): kebab-case ASCII. */
export const StableIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id')
