import type { Note } from '../../shared/notes'
import type { LeftoverNote, MissedQuestion, Summary, SummaryChapter } from '../../shared/takeaway'
import type { LoadedPack } from '../course/pack-types'
import { type MissedRecord, rightAnswer } from './missed-questions'
import { sectionOpening } from './section-opening'

const keyOf = (chapterId: string, sectionId: string) => `${chapterId}/${sectionId}`

/**
 * The printable summary of one chapter (or, without `chapterId`, of the whole course): each
 * chapter's objectives, each section's opening, the learner's note on it and the questions still
 * missed that it teaches, with their right answers. Notes on sections the pack no longer has are
 * kept apart in the whole-course summary, never dropped.
 */
export function buildSummary(
  pack: Pick<LoadedPack, 'outline' | 'chapters' | 'questions'>,
  notes: readonly Note[],
  missed: ReadonlyMap<string, MissedRecord>,
  chapterId?: string,
): Summary {
  const notesBySection = new Map(notes.map((n) => [keyOf(n.chapterId, n.sectionId), n]))
  const missedBySection = new Map<string, MissedQuestion[]>()
  for (const [id, record] of missed) {
    const question = pack.questions.get(id)
    // A question that left the pack has no answer to show.
    if (!question) continue
    const key = keyOf(question.chapterId, question.section)
    const list = missedBySection.get(key) ?? []
    list.push({ id, prompt: question.prompt, answer: rightAnswer(question), ...record })
    missedBySection.set(key, list)
  }

  const placed = new Set<string>()
  const chapters: SummaryChapter[] = []
  for (const outlined of pack.outline.chapters) {
    if (chapterId && outlined.id !== chapterId) continue
    const content = pack.chapters.get(outlined.id)
    if (!content) continue
    chapters.push({
      id: content.id,
      title: content.title,
      objectives: content.objectives,
      sections: content.sections.map((section) => {
        const key = keyOf(content.id, section.id)
        const note = notesBySection.get(key)
        if (note) placed.add(key)
        return {
          id: section.id,
          title: section.title,
          ...sectionOpening(section),
          note: note ? { text: note.text, bookmarked: note.bookmarked, updatedAt: note.updatedAt } : null,
          missed: missedBySection.get(key) ?? [],
        }
      }),
    })
  }

  const leftoverNotes: LeftoverNote[] = chapterId
    ? []
    : notes
        .filter((n) => !placed.has(keyOf(n.chapterId, n.sectionId)))
        .map((n) => ({
          chapterId: n.chapterId,
          sectionId: n.sectionId,
          text: n.text,
          bookmarked: n.bookmarked,
          updatedAt: n.updatedAt,
        }))
  return { courseId: pack.outline.id, courseTitle: pack.outline.title, chapters, leftoverNotes }
}
