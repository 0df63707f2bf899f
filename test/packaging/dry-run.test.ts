// The packaging dry run, inspected: scripts/dist-dir.mjs runs electron-builder's `dir` target
// (against a stand-in Electron distribution where no binary is installed), then this test reads
// what would ship: app.asar, its unpacked part and the bundled course pack, and boots the
// packaged main process from it under Node with the stand-in `electron` module.
import { extractAll, listPackage } from '@electron/asar'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadPack } from '../../src/main/course/load-pack'
import { listPackDirs, resourcePaths } from '../../src/main/paths'
import { createFakeElectron } from '../support/fake-electron'

const ROOT = resolve(__dirname, '../..')
/** What `resources/` may weigh, Electron's own files (outside it) not counted. */
const RESOURCES_BUDGET_BYTES = 12 * 1024 * 1024
const FORBIDDEN_MODULES = [
  'vue',
  'vite',
  'pinia',
  'vue-router',
  'vue-i18n',
  '@playwright',
  'playwright',
  'electron',
  'electron-builder',
  'electron-vite',
  'typescript',
  'vitest',
  'eslint',
  'prettier',
  'tsx',
  'happy-dom',
  '@fontsource',
  '@vue',
]

const canPackage = process.platform === 'linux'
let work = ''
let resources = ''
let entries: string[] = []

/** Every package production dependencies can reach (hoisted node_modules, as npm lays it out). */
function productionClosure(): Set<string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  const seen = new Set<string>()
  const queue = Object.keys(pkg.dependencies)
  while (queue.length > 0) {
    const name = queue.pop()!
    if (seen.has(name)) continue
    seen.add(name)
    const file = join(ROOT, 'node_modules', name, 'package.json')
    if (!existsSync(file)) continue
    const dep = JSON.parse(readFileSync(file, 'utf8')) as {
      dependencies?: Record<string, string>
      optionalDependencies?: Record<string, string>
    }
    queue.push(...Object.keys({ ...dep.dependencies, ...dep.optionalDependencies }))
  }
  return seen
}

function sizeOf(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0)
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

describe.skipIf(!canPackage)('the packaged app (electron-builder dir target)', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ac-dry-run-'))
    const out = join(work, 'dist')
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'dist-dir.mjs'), '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    if (run.status !== 0) throw new Error(`dist-dir failed:\n${run.stdout}\n${run.stderr}`)
    resources = join(out, 'linux-unpacked', 'resources')
    entries = listPackage(join(resources, 'app.asar'), { isPack: false }).map((e) => e.split(sep).join('/'))
  }, 240_000)

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('app.asar holds the build output, package.json and production dependencies only', () => {
    const top = new Set(entries.map((e) => e.split('/')[1]))
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json'])
    for (const file of ['/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html', '/package.json']) {
      expect(entries).toContain(file)
    }
    const modules = new Set(
      entries
        .filter((e) => e.startsWith('/node_modules/'))
        .map((e) => e.split('/'))
        .map((parts) => (parts[2]?.startsWith('@') ? `${parts[2]}/${parts[3]}` : parts[2]!))
        .filter((name) => name && !name.endsWith('/undefined')),
    )
    const allowed = productionClosure()
    for (const name of modules) expect(allowed.has(name), `${name} is not a production dependency`).toBe(true)
    for (const name of FORBIDDEN_MODULES) {
      expect(
        [...modules].some((m) => m === name || m.startsWith(`${name}/`)),
        name,
      ).toBe(false)
    }
    expect(entries.some((e) => e.startsWith('/out/renderer/') && e.endsWith('.map'))).toBe(false)
  })

  it('unpacks the native addon and ships none of better-sqlite3’s sources, objects or test extension', () => {
    const unpacked = join(resources, 'app.asar.unpacked')
    const addon = join(unpacked, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
    expect(existsSync(addon)).toBe(true)
    const shipped = [...entries, ...walk(unpacked).map((f) => `/${relative(unpacked, f).split(sep).join('/')}`)].filter(
      (e) => e.includes('/better-sqlite3/'),
    )
    for (const entry of shipped) {
      expect(entry).not.toMatch(/\/better-sqlite3\/(deps|src)\//)
      expect(entry).not.toMatch(/\.(o|a|c|cpp|h|gyp|mk)$|obj\.target|test_extension\.node$/)
    }
  })

  it('puts the course pack where the packaged app looks for it, and it loads from there', () => {
    const appPath = join(resources, 'app.asar')
    const paths = resourcePaths(appPath, resources, true)
    const packs = listPackDirs(paths.coursesDir)
    expect(packs.length).toBeGreaterThan(0)
    for (const dir of packs) expect(loadPack(dir).ok, dir).toBe(true)
  })

  it('boots from the package: the shipped main, its dependencies and the addon load, and the pack is served', async () => {
    // Electron reads app.asar as a folder; Node cannot, so the test reads an extracted copy.
    const appPath = join(work, 'app')
    extractAll(join(resources, 'app.asar'), appPath)
    const main = join(appPath, 'out', 'main', 'index.js')
    const fake = createFakeElectron({ appPath, userData: join(work, 'profile'), isPackaged: true })
    const loader = Module as unknown as { _load: (r: string, p: unknown, m: boolean) => unknown }
    const original = loader._load
    const savedResources = (process as { resourcesPath?: string }).resourcesPath
    ;(process as { resourcesPath?: string }).resourcesPath = resources
    loader._load = function (this: unknown, request, parent, isMain) {
      return request === 'electron' ? fake.module : original.call(this, request, parent, isMain)
    }
    try {
      createRequire(main)(main)
    } finally {
      loader._load = original
    }
    try {
      await fake.ready()
      expect(fake.errorBoxes).toEqual([])
      // The addon is found beside the copy of the asar, as in the app.
      const catalog = (await fake.ipcMain.invoke('api:getCatalog', 'app://renderer/index.html', {})) as {
        ok: boolean
        value: { courses: { id: string }[]; broken: unknown[] }
      }
      expect(catalog.ok).toBe(true)
      expect(catalog.value.broken).toEqual([])
      expect(catalog.value.courses.length).toBeGreaterThan(0)
      const index = await fake.protocolHandlers.get('app')!({ url: 'app://renderer/index.html' } as Request)
      expect(index.status).toBe(200)
    } finally {
      fake.app.emit('will-quit')
      ;(process as { resourcesPath?: string }).resourcesPath = savedResources
    }
  })

  it(`keeps resources/ within ${mb(RESOURCES_BUDGET_BYTES)}`, () => {
    const parts = {
      'app.asar': sizeOf(join(resources, 'app.asar')),
      'app.asar.unpacked': sizeOf(join(resources, 'app.asar.unpacked')),
      'resources (packs, icon)': sizeOf(join(resources, 'resources')),
    }
    const total = sizeOf(resources)
    console.log(
      `[dry run] resources/: ${mb(total)} of ${mb(RESOURCES_BUDGET_BYTES)} — ${Object.entries(parts)
        .map(([name, bytes]) => `${name} ${mb(bytes)}`)
        .join(', ')}`,
    )
    expect(total).toBeLessThanOrEqual(RESOURCES_BUDGET_BYTES)
  })
})

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}
