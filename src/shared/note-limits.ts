/**
 * A note is for a thought, not a copy of the chapter: long enough for a paragraph or two. Kept
 * free of zod so the renderer can count characters without bundling the schema library.
 */
export const NOTE_MAX_CHARS = 2000
