import { validateWorkflow } from '@action-validator/core'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// GitHub only reads a workflow when it runs; these checks read it now. The validator is
// action-validator (SchemaStore's GitHub workflow schema, built into its WebAssembly).
const WORKFLOWS = resolve(__dirname, '../../.github/workflows')
const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f))

describe('GitHub workflows', () => {
  it.each(files)('%s matches the GitHub workflow schema', (file) => {
    const state = validateWorkflow(readFileSync(join(WORKFLOWS, file), 'utf8'))
    expect(state.errors).toEqual([])
  })

  it('the validator does reject a broken workflow', () => {
    const broken = readFileSync(join(WORKFLOWS, 'release.yml'), 'utf8').replace('runs-on:', 'run-on:')
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0)
  })
})

describe('the release workflow', () => {
  const text = readFileSync(join(WORKFLOWS, 'release.yml'), 'utf8')
  const workflow = parse(text) as {
    on: { push: { tags: string[] } }
    jobs: Record<
      string,
      {
        strategy?: { matrix: { include: { os: string; builder: string; e2e: string; artifacts: string }[] } }
        steps: { run?: string; uses?: string }[]
        permissions?: Record<string, string>
        env?: Record<string, string>
      }
    >
  }

  it('runs on a version tag', () => {
    expect(workflow.on.push.tags).toEqual(['v*'])
  })

  it('builds AppImage + deb, NSIS and dmg on Linux, Windows and macOS, after the electron specs pass there', () => {
    const job = workflow.jobs['installers']!
    const matrix = job.strategy!.matrix.include
    expect(matrix.map((m) => m.os.split('-')[0])).toEqual(['ubuntu', 'windows', 'macos'])
    expect(matrix.map((m) => m.builder)).toEqual(['--linux AppImage deb', '--win nsis', '--mac dmg'])
    for (const m of matrix) expect(m.e2e).toContain('playwright test --project=electron')
    const runs = job.steps.map((s) => s.run ?? s.uses ?? '')
    const e2e = runs.indexOf('${{ matrix.e2e }}')
    const builder = runs.findIndex((r) => r.startsWith('npx electron-builder'))
    expect(e2e).toBeGreaterThan(-1)
    expect(builder).toBeGreaterThan(e2e)
    expect(runs).toContain('npx -y npm@12 ci --no-audit --no-fund')
    expect(job.env?.['ANOTHER_CLASS_REQUIRE_ELECTRON']).toBe('1')
  })

  it('attaches the installers, with write access only in the job that needs it', () => {
    expect(workflow.jobs['installers']!.permissions).toBeUndefined()
    const release = workflow.jobs['release']!
    expect(release.permissions).toEqual({ contents: 'write' })
    expect(release.steps.some((s) => s.run?.includes('gh release create') && s.run.includes('installers/*'))).toBe(true)
  })
})
