import { z } from 'zod'

/** Stable ids from course packs (course, chapter, section, question): kebab-case ASCII. */
export const StableIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id')

/**
 * Names one submission of an answer (made once per draft by the renderer). Main records at most
 * one attempt per submission id, so a double click or a resent call cannot count twice.
 */
export const SubmissionIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a submission id')
