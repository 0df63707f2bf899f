/**
 * The open-source software that ships inside the app, with its licence: shown by 도움말 → 오픈
 * 소스 라이선스. licences.test.ts fails when a production dependency or a library the renderer
 * bundles is missing here. Chromium's own notices ship beside the executable
 * (LICENSES.chromium.html), which the same menu item offers to open.
 */
export const BUNDLED_LICENCES: readonly {
  name: string
  licence: string
  where: readonly ('main' | 'renderer' | 'runtime')[]
}[] = [
  { name: 'Electron', licence: 'MIT', where: ['runtime'] },
  { name: 'better-sqlite3', licence: 'MIT', where: ['main'] },
  { name: 'markdown-it', licence: 'MIT', where: ['main'] },
  { name: 'markdown-it-cjk-friendly', licence: 'MIT', where: ['main'] },
  { name: 'ts-fsrs', licence: 'MIT', where: ['main'] },
  { name: 'yaml', licence: 'ISC', where: ['main'] },
  { name: 'zod', licence: 'MIT', where: ['main'] },
  { name: 'vue', licence: 'MIT', where: ['renderer'] },
  { name: 'pinia', licence: 'MIT', where: ['renderer'] },
  { name: 'vue-router', licence: 'MIT', where: ['renderer'] },
  { name: 'vue-i18n', licence: 'MIT', where: ['renderer'] },
  { name: 'es-hangul', licence: 'MIT', where: ['main', 'renderer'] },
  { name: 'lucide-vue-next', licence: 'ISC', where: ['renderer'] },
  { name: '@fontsource/noto-sans-kr', licence: 'OFL-1.1', where: ['renderer'] },
]

/** The licence box's text. */
export function licencesText(locale: string): { message: string; detail: string } {
  const lines = BUNDLED_LICENCES.map((entry) => `${entry.name} — ${entry.licence}`)
  return {
    message: locale === 'en' ? 'Open source software in this app' : '이 앱에 포함된 오픈 소스 소프트웨어',
    detail: lines.join('\n'),
  }
}
