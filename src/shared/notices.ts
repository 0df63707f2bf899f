import { z } from 'zod'

/** Things the main process wants the learner to know at start-up (shown once as a banner). */
export const NoticeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('database-reset'),
    /** Where the unreadable file was moved, so nothing is deleted. */
    setAsidePath: z.string(),
    reason: z.string(),
  }),
  z.object({
    kind: z.literal('pack-broken'),
    dir: z.string(),
    problems: z.array(z.object({ file: z.string(), line: z.number().int(), message: z.string() })),
  }),
])
export type Notice = z.infer<typeof NoticeSchema>
