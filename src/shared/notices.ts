import { z } from 'zod'
import { PackProblemSchema } from './course/schema'

/**
 * Things the main process wants the learner to know at start-up (shown once as a banner). Files
 * are named relative to the data folder or the pack, never by absolute path, and no raw error
 * message is passed on: the main-process log has the full story.
 */
export const NoticeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('database-reset'),
    /** The name, in the data folder, the unreadable file was moved to, so nothing is deleted. */
    setAsideFile: z.string(),
  }),
  z.object({
    kind: z.literal('database-restored'),
    /** The name, in the data folder, the unreadable file was moved to. */
    setAsideFile: z.string(),
    /** The automatic backup that was copied in, and when it was taken (ISO 8601, UTC). */
    backupFile: z.string(),
    backupTakenAt: z.string(),
  }),
  z.object({
    /** The file opened, but its write-ahead log was gone: the latest changes may be missing. */
    kind: z.literal('database-incomplete'),
  }),
  z.object({
    /** The data folder cannot be written: the course can be read, new progress is not saved. */
    kind: z.literal('storage-read-only'),
  }),
  z.object({
    kind: z.literal('pack-broken'),
    /** The pack's folder name. */
    dir: z.string(),
    problems: z.array(PackProblemSchema),
  }),
])
export type Notice = z.infer<typeof NoticeSchema>
