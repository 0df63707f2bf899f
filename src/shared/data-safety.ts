import { z } from 'zod'
import { StableIdSchema } from './ids'
import { TableCountsSchema } from './progress-file'

/** Inputs and outputs of the data-safety channels: export, import, "Check data", external links. */

const Cancelled = z.object({ cancelled: z.literal(true) })

export const ExportResultSchema = z.discriminatedUnion('cancelled', [
  Cancelled,
  z.object({
    cancelled: z.literal(false),
    path: z.string(),
    counts: TableCountsSchema,
    /** Rows left out because they could not be read back (only after hand edits of the database). */
    skipped: z.number().int().min(0),
  }),
])
export type ExportResult = z.infer<typeof ExportResultSchema>

/** Identifies a previewed import file held by main until it is applied. */
export const ImportTokenSchema = z.string().regex(/^[0-9a-f]{32}$/, 'must be an import token')

export const ImportPreviewSchema = z.discriminatedUnion('cancelled', [
  Cancelled,
  z.object({
    cancelled: z.literal(false),
    token: ImportTokenSchema,
    fileName: z.string(),
    courseId: StableIdSchema,
    courseTitle: z.string(),
    exportedAt: z.string(),
    counts: TableCountsSchema,
    /** Rows naming chapters, sections or questions this version of the course does not have (kept, not shown). */
    unknownIds: z.number().int().min(0),
  }),
])
export type ImportPreview = z.infer<typeof ImportPreviewSchema>

export const ImportModeSchema = z.enum(['replace', 'merge'])
export type ImportMode = z.infer<typeof ImportModeSchema>

export const ApplyImportInputSchema = z.object({ token: ImportTokenSchema, mode: ImportModeSchema }).strict()

export const ImportResultSchema = z.object({
  courseId: StableIdSchema,
  mode: ImportModeSchema,
  /** Rows of each table after the import. */
  counts: TableCountsSchema,
  /** The automatic backup taken just before, to go back to. */
  backupFile: z.string(),
})
export type ImportResult = z.infer<typeof ImportResultSchema>

export const CheckReportSchema = z.object({
  /** `repaired`: indexes were rebuilt and the check then passed; `damaged`: it still fails. */
  integrity: z.enum(['ok', 'repaired', 'damaged']),
  /** The first problems integrity_check reported, if any. */
  problems: z.array(z.string()),
  repaired: z.object({
    /** Rows whose foreign key pointed at nothing, deleted. */
    orphanRows: z.number().int().min(0),
    /** Half-finished answers that could not be read back, deleted (they are only drafts). */
    unreadableDrafts: z.number().int().min(0),
    /** Setting values that were not JSON, deleted (defaults apply). */
    unreadableSettings: z.number().int().min(0),
  }),
  /** Rows for ids the installed course no longer has: kept, since a later version may bring them back. */
  keptUnknownIds: z.number().int().min(0),
  /** The backup taken before repairing, or null when nothing needed repair. */
  backupFile: z.string().nullable(),
})
export type CheckReport = z.infer<typeof CheckReportSchema>

export const ExternalLinkInputSchema = z.object({ url: z.string().max(2048) }).strict()
export const ExternalLinkResultSchema = z.object({ opened: z.boolean() })
