import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Where the app's bundled files are, for a source run (out/main/index.js beside resources/) and
 * for a packaged app (resources copied next to app.asar by electron-builder).
 */
export function resourcePaths(appPath: string, resourcesPath: string, isPackaged: boolean) {
  const resources = isPackaged ? join(resourcesPath, 'resources') : join(appPath, 'resources')
  return {
    rendererDir: join(appPath, 'out', 'renderer'),
    preload: join(appPath, 'out', 'preload', 'index.js'),
    coursesDir: join(resources, 'courses'),
  }
}

/**
 * The Electron-ABI build of better-sqlite3: made by scripts/electron-native.mjs for source runs; in
 * a packaged app, the copy electron-builder rebuilt and unpacked beside app.asar. Passing its path
 * spares better-sqlite3 searching for it (~1 ms per start). Undefined when it is not there, and
 * better-sqlite3 finds its addon itself.
 */
export function electronNativeBinding(appPath: string, versions: NodeJS.ProcessVersions, isPackaged: boolean) {
  if (!versions.electron) return undefined
  const file = isPackaged
    ? join(`${appPath}.unpacked`, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
    : join(
        appPath,
        '.native',
        `electron-${versions.electron}-${process.platform}-${process.arch}`,
        'better_sqlite3.node',
      )
  return existsSync(file) ? file : undefined
}

/** Every sub-folder of the courses folder is a pack; a missing folder means no packs. */
export function listPackDirs(coursesDir: string): string[] {
  if (!existsSync(coursesDir)) return []
  return readdirSync(coursesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(coursesDir, entry.name))
    .sort()
}

/**
 * The bundled packs to load. With none there (a damaged install), the courses folder itself is
 * passed on, so the library reports it as a broken pack naming the folder and the learner sees
 * a notice instead of an empty app.
 */
export function bundledPackDirs(coursesDir: string): string[] {
  const dirs = listPackDirs(coursesDir)
  return dirs.length > 0 ? dirs : [coursesDir]
}

/**
 * Where a test points the app instead of the learner's profile and the bundled packs
 * (ANOTHER_CLASS_USER_DATA, ANOTHER_CLASS_PACKS: newline-separated folders). Honoured only when
 * the app is not packaged: a shipped app never reads its data location from the environment.
 */
export function testOverrides(env: NodeJS.ProcessEnv, isPackaged: boolean): { userData?: string; packDirs?: string[] } {
  if (isPackaged) return {}
  const userData = env['ANOTHER_CLASS_USER_DATA']
  const packs = env['ANOTHER_CLASS_PACKS']
  return {
    ...(userData ? { userData } : {}),
    ...(packs !== undefined ? { packDirs: packs.split('\n').filter(Boolean) } : {}),
  }
}
