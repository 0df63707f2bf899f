import { z } from 'zod'
import { DEFAULT_MASTERY } from '../completion'
import { IdSchema, Text } from './schema-helpers'

// ---------------------------------------------------------------------------------------------
// course.yaml

const SemverSchema = z
  .string({ error: 'must be a version string such as 1.0.0 (YAML reads 1.0 as a number: write "1.0.0")' })
  .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be a semver version such as 1.0.0')

export const CourseManifestSchema = z
  .object({
    id: IdSchema,
    title: Text,
    version: SemverSchema,
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as ko'),
    /** File stems under chapters/ (and checkpoints/), in reading order. */
    chapters: z.array(IdSchema).min(1, 'must list at least one chapter'),
    completion: z
      .object({ mastery: z.number().gt(0).max(1).default(DEFAULT_MASTERY) })
      .strict()
      .default({ mastery: DEFAULT_MASTERY }),
  })
  .strict()
export type CourseManifest = z.infer<typeof CourseManifestSchema>

// ---------------------------------------------------------------------------------------------
// chapters/NN-slug.md front matter

export const ChapterFrontMatterSchema = z
  .object({
    id: IdSchema,
    title: Text,
    minutes: z.number().int('must be a whole number of minutes').positive('must be at least 1'),
    objectives: z.array(Text).min(2, 'needs 2 to 4 objectives').max(4, 'needs 2 to 4 objectives'),
  })
  .strict()
export type ChapterFrontMatter = z.infer<typeof ChapterFrontMatterSchema>

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// glossary.yaml

export const GlossaryEntrySchema = z
  .object({
    id: IdSchema,
    ko: Text,
    en: Text,
    /** Extra spellings, used by search. */
    aliases: z.array(Text).max(20).optional(),
    definition: Text,
    /** Id of the chapter that teaches the term. */
    chapter: IdSchema,
  })
  .strict()
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>
