import type { Database } from 'better-sqlite3'
import { PROGRESS_TABLE_NAMES, type ProgressRow } from '../../src/shared/progress-file'
import type { Services } from '../../src/main/services'
import { readRows } from '../../src/main/db/progress-tables'

/**
 * Puts a row in every progress table of the mini pack's course, through the services a learner
 * drives, so export/import tests cover each table (a table left empty would prove nothing).
 */
export function fillProgress(services: Services): void {
  const diagramId = [...services.library.packs[0]!.diagrams.keys()][0]!
  services.progress.markSectionRead('mini', 'first', 'intro')
  services.progress.markSectionRead('mini', 'first', 'body')
  services.progress.savePosition('mini', 'first', 'body', 240)
  services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'b' })
  services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'a' })
  services.chapterState.saveDiagramStep('mini', diagramId, 2)
  services.chapterState.saveDraft('mini', 'q-first-order', { type: 'ordering', order: ['os', 'servers', 'app'] })
  services.chapterState.recordStudyTime('mini', 'first', 120)
  services.review.submit('mini', 'q-first-single', { type: 'single', optionId: 'a' }, 'Asia/Seoul')
  services.notes.save({
    courseId: 'mini',
    chapterId: 'first',
    sectionId: 'intro',
    text: '운영체제 위에 앱',
    bookmarked: true,
  })
  services.notes.saveDraft('mini', 'first', 'body', '서버를 빌리면')
  services.settings.update({ theme: 'dark', locale: 'en', glossaryReview: true })
  services.termReview.queue('mini', 'Asia/Seoul')
  services.termReview.rate('mini', 'iaas', 'unsure', 'Asia/Seoul')
}

/** Every exported table's rows for the course, in a comparable form. */
export function snapshotProgress(db: Database, courseId = 'mini'): Record<string, ProgressRow[]> {
  return Object.fromEntries(PROGRESS_TABLE_NAMES.map((name) => [name, readRows(db, name, courseId)]))
}
