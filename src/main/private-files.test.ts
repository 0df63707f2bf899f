import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFakeDialogs } from '../../test/support/fake-dialogs'
import { fillProgress } from '../../test/support/progress-fixture'
import { tempServices } from '../../test/support/temp-services'
import { DATABASE_FILE } from './data-folder'

const modeOf = (path: string) => statSync(path).mode & 0o777
let umask = 0
let cleanup: (() => void)[] = []
beforeEach(() => {
  // The common default, under which files are created readable by everyone.
  umask = process.umask(0o022)
})
afterEach(() => {
  process.umask(umask)
  cleanup.forEach((f) => f())
  cleanup = []
})

function setup() {
  const home = mkdtempSync(join(tmpdir(), 'ac-private-'))
  const dataDir = join(home, 'Another Class Offline')
  mkdirSync(dataDir, { mode: 0o755 })
  const dialogs = createFakeDialogs()
  const env = tempServices({ dataDir, dialogs, log: () => undefined })
  cleanup.push(() => {
    env.dispose()
    rmSync(home, { recursive: true, force: true })
  })
  return { env, dialogs, home, dataDir }
}

/** Every file and folder under `dir`, relative, with its permission bits. */
function modesUnder(dir: string): Record<string, number> {
  const out: Record<string, number> = {}
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const path = rel ? `${rel}/${name}` : name
      out[path] = modeOf(join(dir, path))
      if (statSync(join(dir, path)).isDirectory()) walk(path)
    }
  }
  walk('')
  return out
}

describe('files the app writes, with umask 022', () => {
  it('the data folder, database and side files, backups and the pack cache are the owner’s only', async () => {
    const { env, dataDir } = setup()
    fillProgress(env.services)
    await env.services.startupBackup
    expect(await env.dispatch('resetProgress', { courseId: 'mini', confirm: 'reset' })).toMatchObject({ ok: true })

    expect(modeOf(dataDir)).toBe(0o700)
    const modes = modesUnder(dataDir)
    expect(Object.keys(modes)).toEqual(
      expect.arrayContaining([DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, 'backups', 'pack-cache']),
    )
    expect(readdirSync(join(dataDir, 'backups')).length).toBeGreaterThanOrEqual(2)
    for (const [path, mode] of Object.entries(modes)) {
      const isDir = statSync(join(dataDir, path)).isDirectory()
      expect([path, mode.toString(8)]).toEqual([path, isDir ? '700' : '600'])
    }
  })

  it('an export, which holds the learner’s notes, is readable by its owner only', async () => {
    const { env, dialogs, home } = setup()
    fillProgress(env.services)
    dialogs.savePath = join(home, 'progress.json')
    expect(await env.dispatch('exportProgress', { courseId: 'mini' })).toMatchObject({ ok: true })
    expect(modeOf(dialogs.savePath)).toBe(0o600)
  })

  it('an export does not write through a link planted at its temporary name', async () => {
    const { env, dialogs, home } = setup()
    const victim = join(home, 'victim.txt')
    writeFileSync(victim, 'precious')
    const target = join(home, 'progress.json')
    symlinkSync(victim, `${target}.partial`)
    dialogs.savePath = target
    expect(await env.dispatch('exportProgress', { courseId: 'mini' })).toMatchObject({ ok: true })
    expect(readFileSync(victim, 'utf8')).toBe('precious')
    expect(lstatSync(target).isFile()).toBe(true)
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ courseId: 'mini' })
  })
})
