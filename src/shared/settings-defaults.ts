/**
 * Settings before the learner changes anything. Kept free of zod so the renderer can use the
 * values without bundling the schema library; src/shared/settings.ts builds its schema on them.
 */
export const DEFAULT_SETTINGS = {
  theme: 'system',
  locale: 'ko',
  fontScale: 1,
  /** Glossary terms join spaced review only when the learner asks for them. */
  glossaryReview: false,
} as const
