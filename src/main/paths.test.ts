import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { nodeAddonPath } from './db/sqlite-addon'
import { electronNativeBinding, testOverrides } from './paths'

const electron = { ...process.versions, electron: '44.11.5' }
let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))
const touch = (file: string) => {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, '')
  return file
}

describe("the SQLite addon's path", () => {
  it('is the unpacked, rebuilt copy beside app.asar in a packaged app', () => {
    dir = mkdtempSync(join(tmpdir(), 'ac-paths-'))
    const appPath = join(dir, 'resources', 'app.asar')
    expect(electronNativeBinding(appPath, electron, true)).toBeUndefined()
    const file = touch(
      join(`${appPath}.unpacked`, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    )
    expect(electronNativeBinding(appPath, electron, true)).toBe(file)
  })

  it('is the Electron build in .native for a source run, and none under plain Node', () => {
    dir = mkdtempSync(join(tmpdir(), 'ac-paths-'))
    const file = touch(
      join(dir, '.native', `electron-44.11.5-${process.platform}-${process.arch}`, 'better_sqlite3.node'),
    )
    expect(electronNativeBinding(dir, electron, false)).toBe(file)
    expect(electronNativeBinding(dir, process.versions, false)).toBeUndefined()
  })

  it("under plain Node is the installed package's own build", () => {
    expect(nodeAddonPath()).toMatch(/better-sqlite3[\\/]build[\\/]Release[\\/]better_sqlite3\.node$/)
  })
})

describe('test overrides of the data folder and packs', () => {
  const env = { ANOTHER_CLASS_USER_DATA: '/tmp/profile', ANOTHER_CLASS_PACKS: '/a\n/b\n' }
  it('apply to a source run', () => {
    expect(testOverrides(env, false)).toEqual({ userData: '/tmp/profile', packDirs: ['/a', '/b'] })
    expect(testOverrides({}, false)).toEqual({})
  })
  it('are ignored by a packaged app', () => {
    expect(testOverrides(env, true)).toEqual({})
  })
})
