import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '..')
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/course-check.ts', ...args], { cwd: ROOT, encoding: 'utf8' })

describe('npm run course:check', () => {
  it('prints file:line: message per problem, paths relative to the cwd, and exits 1', () => {
    const result = run('test/fixtures/packs/broken-raw-html')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'test/fixtures/packs/broken-raw-html/chapters/01-one.md:12: raw HTML is not allowed: <b> (write Markdown instead)\n',
    )
    expect(result.stderr).toContain('2 problems in test/fixtures/packs/broken-raw-html')
  })

  it('applies the content budget to another pack only when asked: it is this course’s bar, not the format’s', () => {
    const asked = run('test/fixtures/packs/mini', '--content-rules')
    expect(asked.status).toBe(1)
    expect(asked.stderr).toContain(
      'test/fixtures/packs/mini/diagrams.yaml:1: the pack has 1 diagram; at least 3 are needed',
    )

    const plain = run('test/fixtures/packs/mini')
    expect(plain.status).toBe(0)
    expect(plain.stdout).toBe(
      'test/fixtures/packs/mini: ok — 2 chapters, 5 sections, 4 questions, 2 final-check questions, 1 diagram, ' +
        '2 glossary entries; ' +
        'Hangul syllables per chapter: first 120, second 38\n',
    )
    expect(run('test/fixtures/packs/mini', '--no-content-rules').stdout).toBe(plain.stdout)
  })
})
