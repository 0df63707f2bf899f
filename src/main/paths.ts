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
 * The Electron-ABI build of better-sqlite3 made by scripts/electron-native.mjs for source runs;
 * a packaged app has its own rebuilt copy, so none is needed there.
 */
export function electronNativeBinding(appPath: string, versions: NodeJS.ProcessVersions, isPackaged: boolean) {
  if (isPackaged || !versions.electron) return undefined
  const file = join(
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
