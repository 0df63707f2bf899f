import { describe, expect, it } from 'vitest'
import { backupFileName, type BackupName, parseBackupFileName } from './backup-names'
import { backupsToDelete, DEFAULT_RETENTION } from './retention'

const at = (iso: string, sequence = 1): BackupName => {
  const takenAt = new Date(iso)
  return { name: backupFileName(takenAt, sequence), takenAt, sequence }
}
const names = (isos: string[]) => isos.map((iso) => at(iso).name)
const NOW = new Date('2026-03-18T12:00:00Z') // a Wednesday

/** One backup at 10:00 UTC on each of `count` days ending on `last` (inclusive). */
function daily(last: string, count: number): BackupName[] {
  const end = new Date(`${last}T10:00:00Z`).getTime()
  return Array.from({ length: count }, (_, i) => at(new Date(end - i * 86_400_000).toISOString()))
}
const day = (d: string) => at(`${d}T10:00:00Z`).name

describe('backupsToDelete', () => {
  it.each([
    ['no backups', [], NOW, []],
    ['a single old backup is kept', [at('2020-01-01T00:00:00Z')], NOW, []],
    [
      'keeps today and yesterday up to the recent cap, then one per earlier day',
      [
        ...Array.from({ length: 12 }, (_, h) => at(`2026-03-18T${String(h).padStart(2, '0')}:00:00Z`)),
        at('2026-03-17T09:00:00Z'),
      ],
      NOW,
      names(['2026-03-18T01:00:00Z', '2026-03-18T00:00:00Z']),
    ],
    [
      'keeps the newest of each earlier day',
      [at('2026-03-10T08:00:00Z'), at('2026-03-10T20:00:00Z'), at('2026-03-09T23:59:59Z')],
      NOW,
      names(['2026-03-10T08:00:00Z']),
    ],
  ])('%s', (_label, backups, now, expected) => {
    expect(backupsToDelete(backups, now).sort()).toEqual([...expected].sort())
  })

  it('thins 40 daily backups to 2 recent, 7 daily, 4 weekly (Sundays) and the February month', () => {
    const doomed = new Set(backupsToDelete(daily('2026-03-18', 40), NOW))
    const kept = daily('2026-03-18', 40)
      .map((b) => b.name)
      .filter((n) => !doomed.has(n))
    expect(kept).toEqual([
      ...['2026-03-18', '2026-03-17'].map(day), // recent
      ...['2026-03-16', '2026-03-15', '2026-03-14', '2026-03-13', '2026-03-12', '2026-03-11', '2026-03-10'].map(day),
      ...['2026-03-08', '2026-03-01', '2026-02-22', '2026-02-15'].map(day), // the last day of each earlier week
    ])
    // February 7–14 share a month with the last weekly backup, so the monthly tier keeps none of them.
    expect(doomed.size).toBe(40 - 13)
  })

  it('walks the tiers in order and keeps one per month once the weeks are used up', () => {
    const backups = [
      '2026-03-18',
      '2026-01-20',
      '2026-01-05',
      '2025-12-31',
      '2025-12-01',
      '2025-11-15',
      '2025-10-10',
      '2025-09-09',
    ]
    const limits = { recent: 1, daily: 1, weekly: 1, monthly: 2 }
    expect(
      backupsToDelete(
        backups.map((d) => at(`${d}T10:00:00Z`)),
        NOW,
        limits,
      ).sort(),
    ).toEqual(['2025-12-01', '2025-10-10', '2025-09-09'].map(day).sort())
  })

  it('does not depend on the order the files were listed in', () => {
    const backups = daily('2026-03-18', 60)
    const shuffled = [...backups].sort((a, b) => (a.name.charCodeAt(20) % 7) - (b.name.charCodeAt(20) % 7))
    expect(backupsToDelete(shuffled, NOW).sort()).toEqual(backupsToDelete(backups, NOW).sort())
  })

  it('keeps at most recent + daily + weekly + monthly backups however many there are', () => {
    const hourly = Array.from({ length: 24 * 400 }, (_, h) => at(new Date(NOW.getTime() - h * 3_600_000).toISOString()))
    const keptCount = hourly.length - backupsToDelete(hourly, NOW).length
    const { recent, daily: d, weekly, monthly } = DEFAULT_RETENTION
    expect(keptCount).toBe(recent + d + weekly + monthly)
  })

  it('within one second, the later sequence number is the newer backup', () => {
    const first = at('2026-03-10T10:00:00Z', 1)
    const second = at('2026-03-10T10:00:00Z', 2)
    expect(backupsToDelete([first, second], NOW)).toEqual([first.name])
  })
})

describe('backup file names', () => {
  it('round-trip a UTC moment and a sequence number', () => {
    const takenAt = new Date('2026-11-29T10:20:30.456Z')
    expect(backupFileName(takenAt)).toBe('progress-20261129T102030Z.sqlite')
    expect(parseBackupFileName('progress-20261129T102030Z-3.sqlite')).toEqual({
      name: 'progress-20261129T102030Z-3.sqlite',
      takenAt: new Date('2026-11-29T10:20:30Z'),
      sequence: 3,
    })
  })

  it.each([
    'progress-20261129T102030Z.sqlite.partial',
    'progress-20261329T102030Z.sqlite',
    'progress-20260230T102030Z.sqlite',
    'progress-20261129T102030Z-0.sqlite',
    'progress.sqlite',
    'progress-20261129T102030.sqlite',
    '../progress-20261129T102030Z.sqlite',
  ])('ignores %s', (name) => {
    expect(parseBackupFileName(name)).toBeNull()
  })
})
