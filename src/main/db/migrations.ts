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
  {
    version: 3,
    name: 'review-notes-stats',
    sql: `
      -- One FSRS card per missed question (ts-fsrs Card fields; times in epoch ms).
      CREATE TABLE review_cards (
        course_id      TEXT NOT NULL,
        question_id    TEXT NOT NULL,
        state          INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
        due            INTEGER NOT NULL,
        stability      REAL NOT NULL,
        difficulty     REAL NOT NULL,
        elapsed_days   INTEGER NOT NULL,
        scheduled_days INTEGER NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps           INTEGER NOT NULL,
        lapses         INTEGER NOT NULL,
        last_review    INTEGER,
        created_at     INTEGER NOT NULL,
        PRIMARY KEY (course_id, question_id)
      ) WITHOUT ROWID;
      CREATE INDEX review_cards_due ON review_cards (course_id, due);

      -- Every rating, append-only: the card before it (ts-fsrs ReviewLog) and where it moved.
      CREATE TABLE review_log (
        id                INTEGER PRIMARY KEY,
        course_id         TEXT NOT NULL,
        question_id       TEXT NOT NULL,
        chapter_id        TEXT NOT NULL,
        source            TEXT NOT NULL CHECK (source IN ('review', 'checkpoint')),
        rating            INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        correct           INTEGER NOT NULL CHECK (correct IN (0, 1)),
        answer_json       TEXT NOT NULL,
        state             INTEGER NOT NULL,
        due               INTEGER NOT NULL,
        stability         REAL NOT NULL,
        difficulty        REAL NOT NULL,
        elapsed_days      INTEGER NOT NULL,
        last_elapsed_days INTEGER NOT NULL,
        scheduled_days    INTEGER NOT NULL,
        learning_steps    INTEGER NOT NULL,
        reviewed_at       INTEGER NOT NULL,
        next_due          INTEGER NOT NULL
      );
      CREATE INDEX review_log_course ON review_log (course_id, reviewed_at);
      CREATE TRIGGER review_log_append_only BEFORE UPDATE ON review_log
      BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;

      -- Questions missed before this version become cards too, due at once.
      INSERT INTO review_cards (course_id, question_id, state, due, stability, difficulty, elapsed_days,
                                scheduled_days, learning_steps, reps, lapses, last_review, created_at)
      SELECT course_id, question_id, 0, min(answered_at), 0, 0, 0, 0, 0, 0, 0, NULL, min(answered_at)
      FROM checkpoint_attempts WHERE correct = 0 GROUP BY course_id, question_id;

      -- A bookmark and/or note per section.
      CREATE TABLE section_notes (
        course_id  TEXT NOT NULL,
        chapter_id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        text       TEXT NOT NULL CHECK (length(text) <= 2000),
        bookmarked INTEGER NOT NULL CHECK (bookmarked IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (course_id, chapter_id, section_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    name: 'note-drafts',
    sql: `
      -- Note text being written and not saved yet, one per section (kept like answer_drafts).
      CREATE TABLE note_drafts (
        course_id  TEXT NOT NULL,
        chapter_id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        text       TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (course_id, chapter_id, section_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    name: 'note-length-as-seen',
    sql: `
      -- The 2,000-character limit counts what the learner sees (grapheme clusters) and is checked
      -- in main; SQLite's length() counts code points (a family emoji is 7), so the table only
      -- bounds the stored size, as main does (NOTE_MAX_CODE_UNITS).
      CREATE TABLE section_notes_new (
        course_id  TEXT NOT NULL,
        chapter_id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        text       TEXT NOT NULL CHECK (length(text) <= 40000),
        bookmarked INTEGER NOT NULL CHECK (bookmarked IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (course_id, chapter_id, section_id)
      ) WITHOUT ROWID;
      INSERT INTO section_notes_new SELECT course_id, chapter_id, section_id, text, bookmarked, created_at, updated_at
        FROM section_notes;
      DROP TABLE section_notes;
      ALTER TABLE section_notes_new RENAME TO section_notes;
    `,
  },
  {
    version: 6,
    name: 'glossary-cards',
    sql: `
      -- Glossary terms in spaced review (opt-in): one FSRS card per term, like review_cards.
      -- A card exists once the term was introduced (created_at), a few a day.
      CREATE TABLE glossary_cards (
        course_id      TEXT NOT NULL,
        term_id        TEXT NOT NULL,
        state          INTEGER NOT NULL,
        due            INTEGER NOT NULL,
        stability      REAL NOT NULL,
        difficulty     REAL NOT NULL,
        elapsed_days   INTEGER NOT NULL,
        scheduled_days INTEGER NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps           INTEGER NOT NULL,
        lapses         INTEGER NOT NULL,
        last_review    INTEGER,
        created_at     INTEGER NOT NULL,
        PRIMARY KEY (course_id, term_id)
      ) WITHOUT ROWID;
    `,
  },
]

export const LATEST_SCHEMA_VERSION = migrations.length
