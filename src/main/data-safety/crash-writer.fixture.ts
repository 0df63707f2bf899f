// Child process for the crash test: records attempts one by one and acknowledges each on stdout
// only after the write returned; every 20 writes it also takes a backup, so some SIGKILLs land
// in the middle of one. The parent SIGKILLs it at a random moment.
import { join } from 'node:path'
import { createBackupService } from '../backup/backup-service'
import { openDatabase } from '../db/open-database'
import { createProgressRepo } from '../db/progress-repo'

const path = process.argv[2]
if (!path) throw new Error('usage: crash-writer <db path>')
const db = openDatabase(path)
const repo = createProgressRepo(db)
const backups = createBackupService({ db, dir: join(path, '..', 'backups'), now: () => new Date() })

async function main(): Promise<void> {
  process.stdout.write('ready\n')
  for (let i = 0; ; i++) {
    const id = repo.recordAttempt({
      courseId: 'crash',
      chapterId: 'ch',
      questionId: `q-${i % 50}`,
      answerJson: JSON.stringify({ type: 'single', optionId: `o${i}` }),
      correct: i % 3 === 0,
      answeredAt: Date.now(),
    })
    repo.markSectionRead('crash', 'ch', `s-${i}`, Date.now())
    process.stdout.write(`ack ${id} s-${i}\n`)
    if (i % 20 === 19) await backups.backupNow()
  }
}
void main()
