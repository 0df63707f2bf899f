import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUNDLED_LICENCES } from './licences'

const ROOT = resolve(__dirname, '../..')
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
}
const licenceOf = (name: string) =>
  (JSON.parse(readFileSync(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { license: string }).license

describe('the licences the app lists', () => {
  it('name every production dependency and every library the renderer bundles, with its real licence', () => {
    const bundled = ['vue', 'pinia', 'vue-router', 'vue-i18n', 'es-hangul', '@fontsource/noto-sans-kr']
    for (const name of [...Object.keys(pkg.dependencies), ...bundled]) {
      const entry = BUNDLED_LICENCES.find((e) => e.name === name)
      expect(entry, name).toBeDefined()
      expect(entry?.licence, name).toBe(licenceOf(name))
    }
  })
})
