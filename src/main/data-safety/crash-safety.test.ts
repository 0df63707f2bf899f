import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'
import { listBackups } from '../backup/backup-service'

// 100 rounds take about 40 s on a 2-core machine; CRASH_ROUNDS=20 for a quicker local run.
const ROUNDS = Number(process.env['CRASH_ROUNDS'] ?? 100)
const dir = mkdtempSync(join(tmpdir(), 'ac-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the writer until a random number of acks arrived, then kills it without warning. */
function runAndKill(dbPath: string, killAfterAcks: number): Promise<{ attempts: number[]; sections: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'crash-writer.fixture.ts'), dbPath], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const attempts: number[] = []
    const sections: string[] = []
    let killed = false
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, id, section] = line.split(' ')
      if (word !== 'ack' || !id || !section) return
      attempts.push(Number(id))
      sections.push(section)
      if (!killed && attempts.length >= killAfterAcks) {
        killed = true
        child.kill('SIGKILL')
      }
    })
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed (${signal ?? _code})`))
      else resolve({ attempts, sections })
    })
  })
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${ROUNDS} SIGKILLs at random moments`, async () => {
    const dbPath = join(dir, 'progress.sqlite')
    const acknowledged = new Set<number>()
    const readSections = new Set<string>()
    for (let round = 0; round < ROUNDS; round++) {
      const { attempts, sections } = await runAndKill(dbPath, 1 + Math.floor(Math.random() * 60))
      attempts.forEach((id) => acknowledged.add(id))
      sections.forEach((s) => readSections.add(s))

      const db = new Database(dbPath)
      expect(db.pragma('quick_check', { simple: true })).toBe('ok')
      const stored = new Set(db.prepare(`SELECT id FROM checkpoint_attempts`).pluck().all() as number[])
      const missing = [...acknowledged].filter((id) => !stored.has(id))
      expect(missing, `round ${round}: acknowledged attempts lost`).toEqual([])
      const storedSections = new Set(db.prepare(`SELECT section_id FROM section_reads`).pluck().all() as string[])
      expect(
        [...readSections].filter((s) => !storedSections.has(s)),
        `round ${round}: read marks lost`,
      ).toEqual([])
      db.close()
      // A kill during a backup leaves at most a .partial copy; every file named as a backup is good.
      for (const { name } of listBackups(join(dir, 'backups'))) {
        const copy = new Database(join(dir, 'backups', name), { readonly: true })
        expect(copy.pragma('quick_check', { simple: true }), `round ${round}: backup ${name}`).toBe('ok')
        copy.close()
      }
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(ROUNDS)
    expect(listBackups(join(dir, 'backups')).length).toBeGreaterThan(0)
  }, 300_000)
})
