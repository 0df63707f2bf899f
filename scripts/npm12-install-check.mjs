// Proves that a fresh install with today's npm (12, which blocks dependency install scripts that
// package.json's `allowScripts` does not approve) still builds better-sqlite3, and that no
// dependency with an install script is left unreviewed. Run by .ci/run; exits non-zero naming
// what is missing.
//
// 1. `npm@12 ci --omit=dev` in a temporary copy of package.json, package-lock.json and scripts/
//    (the production tree: the addon the app ships), then the addon is loaded under Node.
// 2. `npm@12 approve-scripts --allow-scripts-pending` in this checkout (full tree, dev tools
//    included): any package listed there would be skipped silently by npm 12.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from './electron-env.mjs'

const NPM12 = ['-y', 'npm@12']
const started = Date.now()

function npx(args, cwd) {
  const run = spawnSync('npx', [...NPM12, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } })
  // npm 12 warns once per package that it does not support Node 20; those lines are noise here.
  const output = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => !/EBADENGINE|does not support Node\.js|Unknown (env|user) config/.test(line))
    .join('\n')
    .trim()
  return { status: run.status, output }
}

function fail(message) {
  console.error(`[npm12] FAILED: ${message}`)
  console.error(
    '[npm12] A dependency whose install script we need must be approved in package.json: `npx npm@12 approve-scripts <pkg>` (or `deny-scripts <pkg>` for one we do not need), then commit package.json.',
  )
  process.exit(1)
}

const dir = mkdtempSync(join(tmpdir(), 'another-class-npm12-'))
try {
  for (const name of ['package.json', 'package-lock.json', 'scripts']) {
    cpSync(join(projectRoot, name), join(dir, name), { recursive: true })
  }
  const ci = npx(['ci', '--omit=dev', '--no-audit', '--no-fund'], dir)
  if (ci.status !== 0) fail(`npm@12 ci exited ${ci.status}:\n${ci.output}`)
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      "const D = require('better-sqlite3'); const db = new D(':memory:'); console.log(db.prepare('select sqlite_version() v').get().v); db.close()",
    ],
    { cwd: dir, encoding: 'utf8' },
  )
  if (probe.status !== 0) {
    const skipped = ci.output
      .split('\n')
      .filter((l) => /script|better-sqlite3/i.test(l))
      .join('\n')
    fail(
      `better-sqlite3 did not load after npm@12 ci (its install script did not run?):\n${
        probe.stderr.split('\n').find((l) => /Error/.test(l)) ?? probe.stderr.trim().split('\n')[0]
      }\n${skipped}`,
    )
  }
  console.log(`[npm12] fresh production install built better-sqlite3 (SQLite ${probe.stdout.trim()})`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const pending = npx(['approve-scripts', '--allow-scripts-pending'], projectRoot)
const unreviewed = pending.output.split('\n').filter((line) => /^\s+\S+@\S+ \(/.test(line))
if (pending.status !== 0 || unreviewed.length > 0) {
  fail(`install scripts not covered by allowScripts:\n${unreviewed.join('\n') || pending.output}`)
}
console.log(
  `[npm12] every dependency install script is approved or denied (${Math.round((Date.now() - started) / 1000)} s)`,
)
