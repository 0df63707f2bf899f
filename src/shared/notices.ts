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
    kind: z.literal('database-restored'),
    /** Where the unreadable file was moved. */
    setAsidePath: z.string(),
    reason: z.string(),
    /** The automatic backup that was copied in, and when it was taken (ISO 8601, UTC). */
    backupFile: z.string(),
    backupTakenAt: z.string(),
  }),
  z.object({
    /** The file opened, but its write-ahead log was gone: the latest changes may be missing. */
    kind: z.literal('database-incomplete'),
    reason: z.string(),
  }),
  z.object({
    /** The data folder cannot be written: the course can be read, new progress is not saved. */
    kind: z.literal('storage-read-only'),
    reason: z.string(),
  }),
  z.object({
    kind: z.literal('pack-broken'),
    dir: z.string(),
    problems: z.array(PackProblemSchema),
  }),
])
export type Notice = z.infer<typeof NoticeSchema>
