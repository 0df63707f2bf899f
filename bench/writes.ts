/**
 * Benchmark 1 — durable progress writes: checkpoint attempts recorded one at a time, each timed
 * from the call until it returns (acknowledged), through our progress repo and through the peers
 * a developer would otherwise pick. Each write is its own sample, because the history grows with
 * every write and that growth is what separates the peers; tinybench's repeat-the-same-call model
 * does not fit, so this file times every call with the monotonic clock.
 */
import Conf from 'conf'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { spawnSync } from 'node:child_process'
import { closeSync, fdatasyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createProgressRepo, type AttemptRecord } from '../src/main/db/progress-repo'
import { openDatabase } from '../src/main/db/open-database'
import { nowMs, ratio, summarize, type Summary } from './stats'

export const PEERS = ['ours', 'conf', 'lowdb', 'floor'] as const
export type Peer = (typeof PEERS)[number]

const COURSE = 'k8s-another-class-sprint-3'
const CHAPTERS = [
  'infra-stack',
  'service-models',
  'virtualization',
  'container-advantages',
  'difficulty',
  'people-and-roles',
  'kubernetes-tradeoffs',
]

/** The i-th attempt: realistic ids and answer JSON, a few questions per chapter answered over and over. */
export function attemptAt(i: number): AttemptRecord {
  const chapterId = CHAPTERS[i % CHAPTERS.length] ?? 'infra-stack'
  return {
    courseId: COURSE,
    chapterId,
    questionId: `q-${chapterId}-${i % 5}`,
    answerJson: JSON.stringify({ kind: 'single', optionId: `opt-${i % 4}` }),
    correct: i % 3 !== 0,
    answeredAt: 1_750_000_000_000 + i * 1000,
  }
}

/** The bytes the floor appends per attempt: the same record, one JSON line. */
export const attemptLine = (i: number): string => `${JSON.stringify(attemptAt(i))}\n`

export interface PeerRun {
  peer: Peer
  /** Timed writes asked for. */
  requested: number
  /** Timed writes done before the wall-time cap (equals `requested` when not capped). */
  reached: number
  capped: boolean
  /** µs per acknowledged write. */
  us: Summary
  /** Mean µs of the last 100 timed writes: what a write costs once the history is that long. */
  lastMeanUs: number
  wallMs: number
}

/** Something that records the i-th attempt and returns once it is acknowledged. */
type Writer = { write(i: number): void | Promise<void>; close(): void }

async function openWriter(peer: Peer, dir: string): Promise<Writer> {
  mkdirSync(dir, { recursive: true })
  switch (peer) {
    case 'ours': {
      const db = openDatabase(join(dir, 'progress.sqlite'))
      const repo = createProgressRepo(db)
      return { write: (i) => void repo.recordAttempt(attemptAt(i)), close: () => db.close() }
    }
    case 'conf': {
      // electron-store's engine: every set() re-reads and re-parses the file, then rewrites all of it.
      const conf = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'progress', projectName: 'bench' })
      return { write: (i) => conf.set(`attempts.a${i}`, attemptAt(i)), close: () => undefined }
    }
    case 'lowdb': {
      const db = new Low(new JSONFile<{ attempts: AttemptRecord[] }>(join(dir, 'progress.json')), { attempts: [] })
      await db.read()
      return {
        async write(i) {
          db.data.attempts.push(attemptAt(i))
          await db.write()
        },
        close: () => undefined,
      }
    }
    case 'floor': {
      const fd = openSync(join(dir, 'attempts.jsonl'), 'a')
      return {
        write(i) {
          writeSync(fd, attemptLine(i))
          fdatasyncSync(fd)
        },
        close: () => closeSync(fd),
      }
    }
  }
}

/**
 * Writes `warmup` untimed attempts, then up to `n` timed ones, stopping early once `timeLimitMs`
 * of timed writing has passed (for peers whose cost grows with history).
 */
export async function runPeer(
  peer: Peer,
  dir: string,
  n: number,
  opts: { warmup?: number; timeLimitMs?: number } = {},
): Promise<PeerRun> {
  const warmup = opts.warmup ?? 100
  const limit = opts.timeLimitMs ?? Number.POSITIVE_INFINITY
  const writer = await openWriter(peer, dir)
  try {
    for (let i = 0; i < warmup; i++) await writer.write(i)
    const samples: number[] = []
    const start = nowMs()
    for (let i = 0; i < n; i++) {
      const t0 = nowMs()
      await writer.write(warmup + i)
      samples.push((nowMs() - t0) * 1000)
      if (nowMs() - start > limit) break
    }
    const last = samples.slice(-100)
    return {
      peer,
      requested: n,
      reached: samples.length,
      capped: samples.length < n,
      us: summarize(samples),
      lastMeanUs: last.reduce((a, b) => a + b, 0) / Math.max(1, last.length),
      wallMs: nowMs() - start,
    }
  } finally {
    writer.close()
  }
}

/**
 * Our per-write cost with `small` and with `large` attempts already stored. Each database is
 * prefilled in one transaction and checkpointed (the state an app finds after a restart), then the
 * timed writes alternate between the two, so a slow spell of the shared disk hits both alike.
 */
export function runHistory(
  dir: string,
  small: number,
  large: number,
  n: number,
  warmup = 100,
): { small: Summary; large: Summary } {
  const open = (rows: number, name: string) => {
    mkdirSync(join(dir, name), { recursive: true })
    const db = openDatabase(join(dir, name, 'progress.sqlite'))
    const repo = createProgressRepo(db)
    db.transaction(() => {
      for (let i = 0; i < rows; i++) repo.recordAttempt(attemptAt(i))
    })()
    db.pragma('wal_checkpoint(TRUNCATE)')
    for (let i = 0; i < warmup; i++) repo.recordAttempt(attemptAt(rows + i))
    return { db, repo, next: rows + warmup, samples: [] as number[] }
  }
  const dbs = [open(small, `history-${small}`), open(large, `history-${large}`)]
  try {
    for (let i = 0; i < n; i++) {
      for (const d of i % 2 === 0 ? dbs : [...dbs].reverse()) {
        const t0 = nowMs()
        d.repo.recordAttempt(attemptAt(d.next++))
        d.samples.push((nowMs() - t0) * 1000)
      }
    }
    return { small: summarize(dbs[0]?.samples ?? []), large: summarize(dbs[1]?.samples ?? []) }
  } finally {
    for (const d of dbs) d.db.close()
  }
}

export interface FsyncCount {
  peer: Peer
  /** fsync + fdatasync calls per write, from `strace -f -c` (a run of `n` writes minus a run of 0). */
  perWrite: number
  calls: { fsync: number; fdatasync: number }
  writes: number
}

/** Counts fsync/fdatasync per write with strace, in a child process; null when strace is missing. */
export function countFsyncs(peer: Peer, dir: string, n = 200): FsyncCount | null {
  const has = spawnSync('strace', ['-V'], { encoding: 'utf8' })
  if (has.error || has.status !== 0) return null
  const root = resolve(__dirname, '..')
  const run = (writes: number) => {
    const out = join(dir, `strace-${peer}-${writes}.txt`)
    const data = mkdtempSync(join(dir, `${peer}-${writes}-`))
    const child = spawnSync(
      'strace',
      [
        '-f',
        '-c',
        '-e',
        'trace=fsync,fdatasync',
        '-o',
        out,
        process.execPath,
        '--import',
        'tsx',
        join(root, 'bench', 'write-peer.ts'),
        peer,
        String(writes),
        data,
      ],
      { cwd: root, encoding: 'utf8' },
    )
    rmSync(data, { recursive: true, force: true })
    if (child.status !== 0) throw new Error(`strace run of ${peer} failed: ${child.stderr}`)
    return parseStraceCounts(readFileSync(out, 'utf8'))
  }
  const base = run(0)
  const full = run(n)
  const calls = { fsync: full.fsync - base.fsync, fdatasync: full.fdatasync - base.fdatasync }
  return { peer, perWrite: (calls.fsync + calls.fdatasync) / n, calls, writes: n }
}

/** Reads the `calls` column of `strace -c` for fsync and fdatasync. */
export function parseStraceCounts(text: string): { fsync: number; fdatasync: number } {
  const counts = { fsync: 0, fdatasync: 0 }
  for (const line of text.split('\n')) {
    const cols = line.trim().split(/\s+/)
    const name = cols[cols.length - 1]
    if (name !== 'fsync' && name !== 'fdatasync') continue
    // `% time, seconds, usecs/call, calls, [errors], syscall`
    const calls = Number(cols[3])
    if (Number.isFinite(calls)) counts[name] += calls
  }
  return counts
}

export interface WritesOptions {
  /** Timed writes per peer (10,000 in the full run). */
  writes: number
  /** Wall-time cap per peer whose cost grows with history (conf, lowdb). */
  peerTimeLimitMs: number
  /** History sizes for the flatness check, and the timed writes at each. */
  history: { small: number; large: number; writes: number }
  /** Writes per strace run; 0 skips strace. */
  straceWrites: number
  warmup: number
  dir: string
}

export interface WritesReport {
  results: {
    ours_p50_us: number
    ours_p95_us: number
    conf_p50_us: number
    lowdb_p50_us: number
    fsync_floor_p50_us: number
    ratio_conf_over_ours: number
    ours_over_fsync_floor: number
    p95_100k_over_1k: number
  }
  runs: Record<Peer, PeerRun>
  history: { small: { rows: number; us: Summary }; large: { rows: number; us: Summary } }
  fsyncs: Partial<Record<Peer, FsyncCount>>
}

export async function benchWrites(options: WritesOptions): Promise<WritesReport> {
  const runs = {} as Record<Peer, PeerRun>
  for (const peer of ['floor', 'ours', 'lowdb', 'conf'] as const) {
    const grows = peer === 'conf' || peer === 'lowdb'
    runs[peer] = await runPeer(peer, join(options.dir, peer), options.writes, {
      warmup: options.warmup,
      ...(grows ? { timeLimitMs: options.peerTimeLimitMs } : {}),
    })
  }
  const { small, large } = runHistory(
    options.dir,
    options.history.small,
    options.history.large,
    options.history.writes,
    options.warmup,
  )
  const fsyncs: Partial<Record<Peer, FsyncCount>> = {}
  if (options.straceWrites > 0) {
    for (const peer of PEERS) {
      const count = countFsyncs(peer, options.dir, options.straceWrites)
      if (count) fsyncs[peer] = count
    }
  }
  return {
    results: {
      ours_p50_us: runs.ours.us.p50,
      ours_p95_us: runs.ours.us.p95,
      conf_p50_us: runs.conf.us.p50,
      lowdb_p50_us: runs.lowdb.us.p50,
      fsync_floor_p50_us: runs.floor.us.p50,
      ratio_conf_over_ours: ratio(runs.conf.us.p50, runs.ours.us.p50),
      ours_over_fsync_floor: ratio(runs.ours.us.p50, runs.floor.us.p50),
      p95_100k_over_1k: ratio(large.p95, small.p95),
    },
    runs,
    history: { small: { rows: options.history.small, us: small }, large: { rows: options.history.large, us: large } },
    fsyncs,
  }
}
