import { z } from 'zod'

/** The backups the learner can see and restore: inputs and outputs of their channels. */

/** Why a backup was taken; carried in its file name (older names carry none). */
export const BACKUP_REASONS = ['startup', 'daily', 'import', 'reset', 'repair', 'restore'] as const
export const BackupReasonSchema = z.enum(BACKUP_REASONS)
export type BackupReason = z.infer<typeof BackupReasonSchema>

/**
 * A backup's file name as the renderer may send it back: a bare name, never a path. Main checks
 * it again against the exact backup-name rule before touching the disk.
 */
export const BackupFileNameSchema = z
  .string()
  .max(80)
  .regex(/^progress-[0-9TZ-]+(?:-[a-z]+)?\.sqlite$/, 'must be the name of a backup')

/** What a backup holds for the course, read from the backup itself. */
export const BackupContentsSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('readable'),
    /** The backup's schema version; older than the app's is summarised as far as its tables allow. */
    schemaVersion: z.number().int().min(0),
    olderVersion: z.boolean(),
    chaptersComplete: z.number().int().min(0),
    chaptersTotal: z.number().int().min(0),
    /** Questions with at least one recorded answer. */
    questionsAnswered: z.number().int().min(0),
    /** Notes with text; null when the backup predates notes. */
    notes: z.number().int().min(0).nullable(),
  }),
  /** Fails quick_check or is not a database: cannot be restored. */
  z.object({ state: z.literal('damaged') }),
  /** Written by a newer version of the app: cannot be restored by this one. */
  z.object({ state: z.literal('newer'), schemaVersion: z.number().int().min(0) }),
])
export type BackupContents = z.infer<typeof BackupContentsSchema>

export const BackupEntrySchema = z.object({
  name: z.string(),
  /** When it was taken (ISO 8601, UTC); the renderer shows it in the learner's zone. */
  takenAt: z.string(),
  /** null for backups named before reasons were recorded. */
  reason: BackupReasonSchema.nullable(),
  sizeBytes: z.number().int().min(0),
  contents: BackupContentsSchema,
})
export type BackupEntry = z.infer<typeof BackupEntrySchema>

export const BackupListSchema = z.object({ backups: z.array(BackupEntrySchema) })
export type BackupList = z.infer<typeof BackupListSchema>

export const RestoreBackupInputSchema = z.object({ name: BackupFileNameSchema }).strict()

export const RestoreResultSchema = z.object({
  /** The backup now in use. */
  restored: z.string(),
  /** The backup of the state just before, to go back to. */
  backupFile: z.string(),
})
export type RestoreResult = z.infer<typeof RestoreResultSchema>

export const OpenDataFolderResultSchema = z.object({ opened: z.literal(true) })
