import { z } from 'zod'
import { AnswerSchema } from './course/schema'
import { StableIdSchema } from './ids'
import { NoteDraftTextSchema, NoteTextSchema } from './notes'
import { LEARNER_SETTINGS_KEY, SettingsPatchSchema } from './settings'

/**
 * The progress export file: one course's progress plus the learner's settings, as rows of the
 * database tables they come from (column names as keys, values as stored). Every table of
 * learner data is ONE entry in PROGRESS_TABLES below; export, import, merge and "Check data"
 * are driven by these entries, so adding a table here is all a new table needs. A file is
 * validated as a whole before anything is written: strict objects, bounded strings, numbers and
 * row counts, ids that must be stable pack ids.
 */
export const PROGRESS_FILE_FORMAT = 'another-class-offline/progress'
/** Bump when a change would make an older app misread the file (adding a table does not). */
export const PROGRESS_FILE_VERSION = 1
/**
 * The largest file import reads (bytes). Study time is a row a minute, so a year of heavy use
 * (300 days of 45 active minutes, 15 answers and 10 reviews a day, a full note on every section
 * of the bundled course) exports to ~4.4 MB, and every day of a year at an hour, 20 answers and
 * 10 reviews to ~6.5 MB. Checking takes ~0.2 s a MB on the main process.
 */
export const PROGRESS_FILE_MAX_BYTES = 10 * 1024 * 1024
export const PROGRESS_FILE_MAX_ROWS = 100_000

/** Epoch milliseconds between 1970 and the year 3000. */
const Time = z.number().int().min(0).max(32_503_680_000_000)
const Flag = z.union([z.literal(0), z.literal(1)])
const Count = z.number().int().min(0).max(1_000_000)
const Real = z.number().min(-1e9).max(1e9)
const FsrsState = z.number().int().min(0).max(3)

/** A TEXT column holding JSON: a bounded string that must parse to a value `schema` accepts. */
function jsonText(schema: z.ZodType, maxChars: number) {
  return z
    .string()
    .max(maxChars)
    .refine((text) => {
      try {
        return schema.safeParse(JSON.parse(text)).success
      } catch {
        return false
      }
    }, 'must be JSON of the expected shape')
}
const AnswerJson = jsonText(AnswerSchema, 16_384)

/** Which pack item an id column names (for the import preview and "Check data"). */
export type PackRef = 'chapter' | 'section' | 'question' | 'diagram'

export interface ProgressTableSpec {
  /** Every column that is exported, with the schema its value must pass (no rowid `id`). */
  columns: Record<string, z.ZodType>
  /** `course`: rows carry `course_id`; `learner-settings`: the one `learner` settings row. */
  scope: 'course' | 'learner-settings'
  /**
   * How a merge treats rows: `keyed` tables keep one row per key, the `prefer` column deciding
   * which side wins (min: the first time, max: the latest); `events` tables are append-only
   * logs whose union is kept, deduplicated and re-sequenced by `time`.
   */
  merge:
    | { kind: 'keyed'; key: readonly string[]; prefer: { column: string; keep: 'min' | 'max' } }
    | { kind: 'events'; time: string }
  refs?: Partial<Record<string, PackRef>>
  /** Whether "Reset progress" forgets the course's rows here (the learner's notes and settings stay). */
  forgetOnReset: boolean
}

export const PROGRESS_TABLES = {
  section_reads: {
    columns: { course_id: StableIdSchema, chapter_id: StableIdSchema, section_id: StableIdSchema, read_at: Time },
    scope: 'course',
    merge: {
      kind: 'keyed',
      key: ['course_id', 'chapter_id', 'section_id'],
      prefer: { column: 'read_at', keep: 'min' },
    },
    refs: { chapter_id: 'chapter', section_id: 'section' },
    forgetOnReset: true,
  },
  reading_positions: {
    columns: {
      course_id: StableIdSchema,
      chapter_id: StableIdSchema,
      section_id: StableIdSchema,
      scroll_offset: z.number().int().min(-100_000).max(10_000_000),
      updated_at: Time,
    },
    scope: 'course',
    merge: { kind: 'keyed', key: ['course_id', 'chapter_id'], prefer: { column: 'updated_at', keep: 'max' } },
    refs: { chapter_id: 'chapter', section_id: 'section' },
    forgetOnReset: true,
  },
  checkpoint_attempts: {
    columns: {
      course_id: StableIdSchema,
      chapter_id: StableIdSchema,
      question_id: StableIdSchema,
      answer_json: AnswerJson,
      correct: Flag,
      answered_at: Time,
    },
    scope: 'course',
    merge: { kind: 'events', time: 'answered_at' },
    refs: { chapter_id: 'chapter', question_id: 'question' },
    forgetOnReset: true,
  },
  diagram_steps: {
    columns: {
      course_id: StableIdSchema,
      diagram_id: StableIdSchema,
      step: z.number().int().min(0).max(100),
      updated_at: Time,
    },
    scope: 'course',
    merge: { kind: 'keyed', key: ['course_id', 'diagram_id'], prefer: { column: 'updated_at', keep: 'max' } },
    refs: { diagram_id: 'diagram' },
    forgetOnReset: true,
  },
  answer_drafts: {
    columns: { course_id: StableIdSchema, question_id: StableIdSchema, draft_json: AnswerJson, updated_at: Time },
    scope: 'course',
    merge: { kind: 'keyed', key: ['course_id', 'question_id'], prefer: { column: 'updated_at', keep: 'max' } },
    refs: { question_id: 'question' },
    forgetOnReset: true,
  },
  study_time: {
    columns: {
      course_id: StableIdSchema,
      chapter_id: StableIdSchema,
      recorded_at: Time,
      seconds: z.number().int().min(1).max(3600),
    },
    scope: 'course',
    merge: { kind: 'events', time: 'recorded_at' },
    refs: { chapter_id: 'chapter' },
    forgetOnReset: true,
  },
  review_cards: {
    columns: {
      course_id: StableIdSchema,
      question_id: StableIdSchema,
      state: FsrsState,
      due: Time,
      stability: Real,
      difficulty: Real,
      elapsed_days: Count,
      scheduled_days: Count,
      learning_steps: Count,
      reps: Count,
      lapses: Count,
      last_review: Time.nullable(),
      created_at: Time,
    },
    scope: 'course',
    merge: { kind: 'keyed', key: ['course_id', 'question_id'], prefer: { column: 'last_review', keep: 'max' } },
    refs: { question_id: 'question' },
    forgetOnReset: true,
  },
  review_log: {
    columns: {
      course_id: StableIdSchema,
      question_id: StableIdSchema,
      chapter_id: StableIdSchema,
      source: z.enum(['review', 'checkpoint']),
      rating: z.number().int().min(1).max(4),
      correct: Flag,
      answer_json: AnswerJson,
      state: FsrsState,
      due: Time,
      stability: Real,
      difficulty: Real,
      elapsed_days: Count,
      last_elapsed_days: Count,
      scheduled_days: Count,
      learning_steps: Count,
      reviewed_at: Time,
      next_due: Time,
    },
    scope: 'course',
    merge: { kind: 'events', time: 'reviewed_at' },
    refs: { chapter_id: 'chapter', question_id: 'question' },
    forgetOnReset: true,
  },
  section_notes: {
    columns: {
      course_id: StableIdSchema,
      chapter_id: StableIdSchema,
      section_id: StableIdSchema,
      text: NoteTextSchema,
      bookmarked: Flag,
      created_at: Time,
      updated_at: Time,
    },
    scope: 'course',
    merge: {
      kind: 'keyed',
      key: ['course_id', 'chapter_id', 'section_id'],
      prefer: { column: 'updated_at', keep: 'max' },
    },
    refs: { chapter_id: 'chapter', section_id: 'section' },
    forgetOnReset: false,
  },
  note_drafts: {
    columns: {
      course_id: StableIdSchema,
      chapter_id: StableIdSchema,
      section_id: StableIdSchema,
      text: NoteDraftTextSchema,
      updated_at: Time,
    },
    scope: 'course',
    merge: {
      kind: 'keyed',
      key: ['course_id', 'chapter_id', 'section_id'],
      prefer: { column: 'updated_at', keep: 'max' },
    },
    refs: { chapter_id: 'chapter', section_id: 'section' },
    forgetOnReset: false,
  },
  glossary_cards: {
    columns: {
      course_id: StableIdSchema,
      term_id: StableIdSchema,
      state: FsrsState,
      due: Time,
      stability: Real,
      difficulty: Real,
      elapsed_days: Count,
      scheduled_days: Count,
      learning_steps: Count,
      reps: Count,
      lapses: Count,
      last_review: Time.nullable(),
      created_at: Time,
    },
    scope: 'course',
    merge: { kind: 'keyed', key: ['course_id', 'term_id'], prefer: { column: 'last_review', keep: 'max' } },
    forgetOnReset: true,
  },
  settings: {
    columns: {
      key: z.literal(LEARNER_SETTINGS_KEY),
      value_json: jsonText(SettingsPatchSchema, 4096),
      updated_at: Time,
    },
    scope: 'learner-settings',
    merge: { kind: 'keyed', key: ['key'], prefer: { column: 'updated_at', keep: 'max' } },
    forgetOnReset: false,
  },
} as const satisfies Record<string, ProgressTableSpec>

export type ProgressTableName = keyof typeof PROGRESS_TABLES
export const PROGRESS_TABLE_NAMES = Object.keys(PROGRESS_TABLES) as ProgressTableName[]

/** A row as stored: column name → SQLite value. */
export type ProgressRow = Record<string, string | number | null>

/** Builds one value per table, keyed by table name. */
export function perTable<T>(make: (name: ProgressTableName) => T): Record<ProgressTableName, T> {
  const out = {} as Record<ProgressTableName, T>
  for (const name of PROGRESS_TABLE_NAMES) out[name] = make(name)
  return out
}

/** The schema of one exported row: exactly the entry's columns. */
export const rowSchemaOf = (name: ProgressTableName) =>
  z.object(PROGRESS_TABLES[name].columns as Record<string, z.ZodType>).strict()

const tablesShape = perTable((name) =>
  z
    .array(rowSchemaOf(name))
    .max(PROGRESS_FILE_MAX_ROWS)
    // A file from before a table existed simply has none of its rows.
    .default([]),
)

/** Just the envelope, read first so a wrong format or version gets its own clear message. */
export const ProgressFileHeaderSchema = z.object({ format: z.string(), version: z.number() })

export const ProgressFileSchema = z
  .object({
    format: z.literal(PROGRESS_FILE_FORMAT),
    version: z.literal(PROGRESS_FILE_VERSION),
    exportedAt: z.iso.datetime(),
    courseId: StableIdSchema,
    tables: z.object(tablesShape).strict(),
  })
  .strict()
  .superRefine((file, ctx) => {
    for (const name of PROGRESS_TABLE_NAMES) {
      if (PROGRESS_TABLES[name].scope !== 'course') continue
      file.tables[name].forEach((row, i) => {
        if (row['course_id'] !== file.courseId) {
          ctx.addIssue({
            code: 'custom',
            path: ['tables', name, i, 'course_id'],
            message: `must be "${file.courseId}"`,
          })
        }
      })
    }
  })

export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT
  version: typeof PROGRESS_FILE_VERSION
  exportedAt: string
  courseId: string
  tables: Record<ProgressTableName, ProgressRow[]>
}

/** Rows per table, for the export result and the import preview. */
export const TableCountsSchema = z.record(z.string(), z.number().int().min(0))
export type TableCounts = z.infer<typeof TableCountsSchema>
