import type { Database } from 'better-sqlite3'
import type { CardRecord } from './review-repo'
import { prepareOnUse } from './prepare-on-use'

/** A glossary card: the same FSRS fields as a question's card, keyed by term (`questionId` holds the term id). */
export interface TermCardRecord extends CardRecord {
  createdAt: number
}

const COLUMNS = `course_id AS courseId, term_id AS questionId, state, due, stability, difficulty,
  elapsed_days AS elapsedDays, scheduled_days AS scheduledDays, learning_steps AS learningSteps,
  reps, lapses, last_review AS lastReview, created_at AS createdAt`

/** Glossary cards in spaced review, and which chapters the learner has opened (where cards may come from). */
export function createGlossaryCardsRepo(db: Database) {
  const selectCards = prepareOnUse(
    db,
    `SELECT ${COLUMNS} FROM glossary_cards WHERE course_id = ? ORDER BY due, term_id`,
  )
  const selectCard = prepareOnUse(db, `SELECT ${COLUMNS} FROM glossary_cards WHERE course_id = ? AND term_id = ?`)
  const insertCard = prepareOnUse(
    db,
    `INSERT INTO glossary_cards (course_id, term_id, state, due, stability, difficulty, elapsed_days,
       scheduled_days, learning_steps, reps, lapses, last_review, created_at)
     VALUES (?, ?, 0, ?, 0, 0, 0, 0, 0, 0, 0, NULL, ?)
     ON CONFLICT DO NOTHING`,
  )
  const updateCard = prepareOnUse(
    db,
    `UPDATE glossary_cards SET state = @state, due = @due, stability = @stability, difficulty = @difficulty,
       elapsed_days = @elapsedDays, scheduled_days = @scheduledDays, learning_steps = @learningSteps,
       reps = @reps, lapses = @lapses, last_review = @lastReview
     WHERE course_id = @courseId AND term_id = @questionId`,
  )
  // A chapter counts as opened once anything was recorded in it: a position, a read mark, study time.
  const openedChapters = prepareOnUse(
    db,
    `SELECT chapter_id FROM reading_positions WHERE course_id = @courseId
       UNION SELECT chapter_id FROM section_reads WHERE course_id = @courseId
       UNION SELECT chapter_id FROM study_time WHERE course_id = @courseId`,
  ).pluck()
  const introduce = db.transaction((courseId: string, termIds: readonly string[], at: number) => {
    for (const termId of termIds) insertCard.run(courseId, termId, at, at)
  })

  return {
    /** The course's glossary cards, earliest due first. */
    cards(courseId: string): TermCardRecord[] {
      return selectCards.all(courseId) as TermCardRecord[]
    },
    card(courseId: string, termId: string): TermCardRecord | null {
      return (selectCard.get(courseId, termId) as TermCardRecord | undefined) ?? null
    },
    /** New cards, due at once; a term that already has one keeps it. */
    introduce(courseId: string, termIds: readonly string[], at: number): void {
      introduce(courseId, termIds, at)
    },
    save(card: CardRecord): void {
      updateCard.run(card)
    },
    openedChapters(courseId: string): Set<string> {
      return new Set(openedChapters.all({ courseId }) as string[])
    },
  }
}

export type GlossaryCardsRepo = ReturnType<typeof createGlossaryCardsRepo>
