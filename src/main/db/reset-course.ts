import type { Database } from 'better-sqlite3'

/** Every table that holds a learner's progress in a course, keyed by course_id. */
const COURSE_TABLES = [
  'section_reads',
  'reading_positions',
  'checkpoint_attempts',
  'diagram_steps',
  'answer_drafts',
  'study_time',
  'review_cards',
  'review_log',
  'glossary_cards',
] as const

/** Forgets all progress in one course, all or nothing. Settings and the learner's notes are kept. */
export function resetCourse(db: Database, courseId: string): void {
  const statements = COURSE_TABLES.map((table) => db.prepare(`DELETE FROM ${table} WHERE course_id = ?`))
  db.transaction(() => statements.forEach((s) => s.run(courseId)))()
}
