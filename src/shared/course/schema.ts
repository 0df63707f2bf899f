/*
 * The course pack format (docs/COURSE_FORMAT.md) and the shapes the renderer receives.
 * Authoring schemas are .strict() so a misspelt field name is an error, not silently ignored.
 * Rules that span fields of one item (exactly one correct option, an ordering answer that is a
 * permutation, …) live here too, as refinements with a path, so the loader can point at the line.
 * Split by file: pack-schema (course.yaml, front matter, glossary), question-schema,
 * diagram-schema, view-schema (what the renderer receives).
 */

export { IdSchema } from './schema-helpers'
export * from './pack-schema'
export * from './question-schema'
export * from './diagram-schema'
export * from './view-schema'
