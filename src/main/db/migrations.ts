/**
 * Numbered, immutable migrations. Never edit a published one: append a new entry instead.
 * `version` must equal its position + 1; PRAGMA user_version records the last applied.
 */
export interface Migration {
  version: number
  name: string
  sql: string
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'progress-core',
    sql: `
      CREATE TABLE section_reads (
        course_id  TEXT NOT NULL,
        chapter_id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        read_at    INTEGER NOT NULL,
        PRIMARY KEY (course_id, chapter_id, section_id)
      ) WITHOUT ROWID;

      CREATE TABLE reading_positions (
        course_id     TEXT NOT NULL,
        chapter_id    TEXT NOT NULL,
        section_id    TEXT NOT NULL,
        scroll_offset REAL NOT NULL,
        updated_at    INTEGER NOT NULL,
        PRIMARY KEY (course_id, chapter_id)
      ) WITHOUT ROWID;
      CREATE INDEX reading_positions_recent ON reading_positions (course_id, updated_at);

      CREATE TABLE checkpoint_attempts (
        id          INTEGER PRIMARY KEY,
        course_id   TEXT NOT NULL,
        chapter_id  TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answer_json TEXT NOT NULL,
        correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
        answered_at INTEGER NOT NULL
      );
      CREATE INDEX checkpoint_attempts_question ON checkpoint_attempts (course_id, question_id, id);
      CREATE TRIGGER checkpoint_attempts_append_only BEFORE UPDATE ON checkpoint_attempts
      BEGIN SELECT RAISE(ABORT, 'checkpoint_attempts is append-only'); END;

      CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value_json TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'learner-experience',
    sql: `
      CREATE TABLE diagram_steps (
        course_id  TEXT NOT NULL,
        diagram_id TEXT NOT NULL,
        step       INTEGER NOT NULL CHECK (step >= 0),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (course_id, diagram_id)
      ) WITHOUT ROWID;

      CREATE TABLE answer_drafts (
        course_id   TEXT NOT NULL,
        question_id TEXT NOT NULL,
        draft_json  TEXT NOT NULL,
        updated_at  INTEGER NOT NULL,
        PRIMARY KEY (course_id, question_id)
      ) WITHOUT ROWID;

      CREATE TABLE study_time (
        id          INTEGER PRIMARY KEY,
        course_id   TEXT NOT NULL,
        chapter_id  TEXT NOT NULL,
        recorded_at INTEGER NOT NULL,
        seconds     INTEGER NOT NULL CHECK (seconds > 0 AND seconds <= 3600)
      );
      CREATE INDEX study_time_course ON study_time (course_id, recorded_at);
    `,
  },
]

export const LATEST_SCHEMA_VERSION = migrations.length
