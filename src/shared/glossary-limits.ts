/**
 * New glossary cards a learner meets in a day at most: a few, so terms never crowd out the
 * questions. Free of zod: the renderer shows it in Settings without bundling the schemas.
 */
export const NEW_TERMS_PER_DAY = 5
