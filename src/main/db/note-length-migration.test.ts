import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from './migrate'
import { migrations } from './migrations'

describe('the note length migration', () => {
  it('keeps every note and lets the table hold 2,000 emoji of any kind', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 4))
    db.prepare(
      `INSERT INTO section_notes (course_id, chapter_id, section_id, text, bookmarked, created_at, updated_at)
       VALUES ('mini', 'first', 'intro', '운영체제 위에 앱', 1, 1, 2)`,
    ).run()
    migrate(db)
    expect(db.prepare('SELECT text, bookmarked, created_at AS c, updated_at AS u FROM section_notes').all()).toEqual([
      { text: '운영체제 위에 앱', bookmarked: 1, c: 1, u: 2 },
    ])
    db.prepare(`UPDATE section_notes SET text = ?`).run('👨‍👩‍👧‍👦'.repeat(2000))
    expect(() => db.prepare(`UPDATE section_notes SET text = ?`).run('x'.repeat(40_001))).toThrow(/CHECK/)
    db.close()
  })
})
