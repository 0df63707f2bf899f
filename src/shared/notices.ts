import { z } from 'zod'
import { PackProblemSchema } from './course/schema'

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
    problems: z.array(PackProblemSchema),
  }),
])
export type Notice = z.infer<typeof NoticeSchema>
