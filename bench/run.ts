/**
 * `npm run bench`: every benchmark on this machine, a table with the budgets, and
 * bench/results.json (exactly RESULT_KEYS, see report.ts; the committed record) plus, not tracked,
 * bench/notes.json (everything else: per-peer and per-scale figures, fsync counts, samples, the
 * machine) and bench/last-run.md (the table). See bench/README.md.
 *
 *   npm run bench                      the full run (a few minutes)
 *   npm run bench -- --only=search     one or more of writes,search,startup,renderer,memory,size (no files written)
 *   npm run bench -- --smoke           tiny sizes, to check the wiring (no files written)
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { QUERIES } from './queries'
import { isNoisy, loadNow, NO_KOREAN_FONT, runInfo, type RunInfo } from './machine'
import { budgetSummary, toResultsJson, type BenchResults } from './report'
import { formatTable, tableRows, type Details } from './table'
import { nowMs } from './stats'
import { BENCHMARKS, FULL, runBenchmarks, SMOKE, type BenchmarkName, type RunOutput } from './suite'

const ROOT = resolve(__dirname, '..')

function complete(out: RunOutput): out is Required<RunOutput> {
  return Boolean(out.writes && out.search && out.startup && out.renderer && out.memory && out.size)
}

function environment() {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()
    } catch {
      return ''
    }
  }
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    loadavg: loadavg().map((n) => Math.round(n * 100) / 100),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirtyFiles: git('status', '--porcelain').split('\n').filter(Boolean).length,
    tmpdir: tmpdir(),
  }
}

/** Per-peer, per-scale and per-sample detail for notes.json; long sample arrays are left out. */
function notes(details: Details, env: ReturnType<typeof environment>, run: RunInfo, wallS: number) {
  return {
    environment: { ...env, wallSeconds: Math.round(wallS), noisy: isNoisy(run) },
    writes: { runs: details.writes.runs, history: details.writes.history, fsyncs: details.writes.fsyncs },
    search: { queries: QUERIES.length, scales: details.search.scales },
    startup: {
      ...details.startup,
      method:
        'createServices() timed in fresh Node processes after module import; floor = readFileSync of every pack file in a fresh process',
    },
    renderer: details.renderer,
    memory: details.memory,
    size: details.size,
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const smoke = args.includes('--smoke')
  const onlyArg = args.find((a) => a.startsWith('--only='))?.slice('--only='.length)
  const only = onlyArg
    ? (onlyArg.split(',').filter((n) => (BENCHMARKS as readonly string[]).includes(n)) as BenchmarkName[])
    : [...BENCHMARKS]
  const dir = mkdtempSync(join(tmpdir(), 'another-class-bench-'))
  const env = environment()
  const loadBefore = loadNow()
  const t0 = nowMs()
  const log = (line: string) => console.error(`[bench ${((nowMs() - t0) / 1000).toFixed(0).padStart(3)} s] ${line}`)
  log(`${smoke ? 'smoke sizes' : 'full sizes'}; ${only.join(', ')}; scratch ${dir}; load ${env.loadavg.join(' ')}`)
  try {
    const out = await runBenchmarks(smoke ? SMOKE : FULL, only, dir, log)
    if (!complete(out)) {
      console.log(
        JSON.stringify(
          out,
          (key, value: unknown) => (key === 'samples' && Array.isArray(value) ? `[${value.length} samples]` : value),
          2,
        ),
      )
      log(`partial run: bench/results.json not written; load ${loadBefore} → ${loadNow()} on ${cpus().length} cores`)
      return
    }
    const results: BenchResults = {
      writes: out.writes.results,
      search: out.search.results,
      startup: out.startup.results,
      renderer: out.renderer.results,
      memory: out.memory.results,
      size: out.size.results,
      run: runInfo(loadBefore),
    }
    const table = formatTable(tableRows(results, out))
    const { passed, failed } = budgetSummary(results)
    const end = loadavg().map((n) => Math.round(n * 100) / 100)
    const footer = `${env.date} · ${env.cpus} · Node ${env.node} · load average ${env.loadavg.join(' ')} at start, ${end.join(' ')} at end · ${((nowMs() - t0) / 1000).toFixed(0)} s`
    console.log(`\n${table}\n\n${footer}\n`)
    console.log(
      `budgets: ${passed.length} passed, ${failed.length} failed${failed.length ? ` (${failed.map((b) => `${b.group}.${b.key}`).join(', ')})` : ''}`,
    )
    if (isNoisy(results.run))
      console.log(
        `NOISY HOST: load ${results.run.load_before} → ${results.run.load_after} on ${results.run.cores} cores; rerun on a quiet machine before committing these figures`,
      )
    if (out.renderer.koreanFonts === 0) console.log(NO_KOREAN_FONT)
    if (smoke) {
      log('smoke run: bench/results.json not written')
      return
    }
    writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(toResultsJson(results), null, 2)}\n`)
    writeFileSync(
      join(ROOT, 'bench', 'notes.json'),
      `${JSON.stringify(notes(out, env, results.run, (nowMs() - t0) / 1000), null, 2)}\n`,
    )
    writeFileSync(join(ROOT, 'bench', 'last-run.md'), `${table}\n\n${footer}\n`)
    log('wrote bench/results.json, bench/notes.json, bench/last-run.md')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
