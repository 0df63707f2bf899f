import Database from 'better-sqlite3'
import { existsSync, rmSync } from 'node:fs'
import type { SearchDoc } from './search-docs'

const SCHEMA_VERSION = 1

/**
 * The search index: a cache beside the progress database, rebuilt from the pack whenever the
 * pack's content hash changes. Being derived data, an unreadable index file is simply deleted.
 * Two FTS5 tables over the same documents: trigram for substrings of 3+ characters (Korean
 * words with particles attached), and unicode61 with 1–2 character prefix indexes for short
 * queries such as `장점`, which trigram cannot answer.
 */
export function openSearchIndex(path: string, nativeBinding?: string) {
  const open = () => new Database(path, nativeBinding ? { nativeBinding } : {})
  let db: Database.Database
  try {
    db = open()
    prepareSchema(db)
  } catch {
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix, { force: true })
    db = open()
    prepareSchema(db)
  }

  const selectHash = db.prepare(`SELECT hash FROM packs WHERE course_id = ?`).pluck()
  const upsertHash = db.prepare(
    `INSERT INTO packs (course_id, hash) VALUES (?, ?) ON CONFLICT (course_id) DO UPDATE SET hash = excluded.hash`,
  )
  const deleteDocs = db.prepare(`DELETE FROM docs WHERE course_id = ?`)
  const insertDoc = db.prepare(
    `INSERT INTO docs (course_id, kind, ref_id, chapter_id, section_id, title, body)
     VALUES (@courseId, @kind, @id, @chapterId, @sectionId, @title, @body)`,
  )

  return {
    db,
    /** Indexes a course's documents unless the same content is indexed already. Returns whether it rebuilt. */
    ensureCourse(courseId: string, hash: string, docs: () => SearchDoc[]): boolean {
      if (selectHash.get(courseId) === hash) return false
      db.transaction(() => {
        deleteDocs.run(courseId)
        for (const doc of docs()) {
          insertDoc.run({ ...doc, courseId, title: doc.title.normalize('NFC'), body: doc.body.normalize('NFC') })
        }
        db.exec(`INSERT INTO fts_tri(fts_tri) VALUES ('rebuild'); INSERT INTO fts_word(fts_word) VALUES ('rebuild');`)
        upsertHash.run(courseId, hash)
      })()
      return true
    },
    close(): void {
      db.close()
    },
  }
}

export type SearchIndex = ReturnType<typeof openSearchIndex>

function prepareSchema(db: Database.Database): void {
  db.pragma('journal_mode = WAL')
  // A cache: losing the last write to a crash only means rebuilding it.
  db.pragma('synchronous = NORMAL')
  if (db.pragma('user_version', { simple: true }) === SCHEMA_VERSION) return
  db.exec(`
    DROP TABLE IF EXISTS fts_tri; DROP TABLE IF EXISTS fts_word; DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS packs;
    CREATE TABLE packs (course_id TEXT PRIMARY KEY, hash TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE docs (
      id INTEGER PRIMARY KEY, course_id TEXT NOT NULL, kind TEXT NOT NULL, ref_id TEXT NOT NULL,
      chapter_id TEXT NOT NULL, section_id TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL
    );
    CREATE INDEX docs_course ON docs (course_id);
    CREATE VIRTUAL TABLE fts_tri USING fts5(title, body, content='docs', content_rowid='id', tokenize='trigram');
    CREATE VIRTUAL TABLE fts_word USING fts5(
      title, body, content='docs', content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1 2'
    );
    PRAGMA user_version = ${SCHEMA_VERSION};
  `)
}
