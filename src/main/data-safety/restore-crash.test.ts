import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { MINI_PACK } from '../../../test/support/packs'
import { writeBackup } from '../backup/write-backup'
import { createServices } from '../services'
import { openProgressDatabase } from './open-progress-database'

// Each round starts a child under tsx (about a second on a loaded 2-core machine).
const ROUNDS = Number(process.env['RESTORE_CRASH_ROUNDS'] ?? 10)
const dataDir = mkdtempSync(join(tmpdir(), 'ac-restore-crash-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

/** Starts the restoring child and kills it at a random moment after it is ready. */
function runAndKill(names: [string, string], delayMs: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'restore-killer.fixture.ts'), dataDir, ...names],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let acks = 0
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs)
      else if (line.startsWith('ack ')) acks++
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the restoring child ended without being killed (${signal ?? code})`))
      else resolvePromise(acks)
    })
  })
}

/** The sections read, as the app would find them on its next start. */
function storedSections(): string {
  const opened = openProgressDatabase({ path: join(dataDir, 'progress.sqlite'), backupsDir: join(dataDir, 'backups') })
  try {
    expect(opened.db.pragma('quick_check', { simple: true })).toBe('ok')
    const rows = opened.db.prepare(`SELECT section_id FROM section_reads ORDER BY section_id`).pluck().all()
    return rows.join(',')
  } finally {
    opened.db.close()
  }
}

describe('a restore killed at any moment', () => {
  it(`leaves the old or the new state, never a mix, through ${ROUNDS} SIGKILLs`, async () => {
    // Three states told apart by the sections read: two backups (dated days back, so thinning
    // keeps them) and what the database holds when the child first starts.
    let db: Database | undefined
    const services = createServices({
      dataDir,
      packDirs: [MINI_PACK],
      log: () => undefined,
      onDatabase: (d) => (db = d),
    })
    await services.startupBackup
    const backupsDir = join(dataDir, 'backups')
    const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000)
    services.progress.markSectionRead('mini', 'first', 'intro')
    const a = (await writeBackup(db!, backupsDir, daysAgo(3), undefined, 'daily')).file
    services.progress.markSectionRead('mini', 'first', 'body')
    services.progress.markSectionRead('mini', 'first', 'summary')
    const b = (await writeBackup(db!, backupsDir, daysAgo(4), undefined, 'daily')).file
    services.progress.markSectionRead('mini', 'second', 'start')
    services.close()
    const states = new Set(['intro', 'body,intro,summary', 'body,intro,start,summary'])

    let restores = 0
    for (let round = 0; round < ROUNDS; round++) {
      restores += await runAndKill([a, b], Math.floor(Math.random() * 400))
      expect(states, `round ${round}`).toContain(storedSections())
    }
    // The kills landed among restores, not only before the first one.
    expect(restores).toBeGreaterThan(0)
  }, 300_000)
})
