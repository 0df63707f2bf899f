import type { MenuItemConstructorOptions } from 'electron'

/** What the menu's own items do; index.ts wires them to the window, dialogs and services. */
export interface MenuActions {
  exportProgress(): void
  importProgress(): void
  /** Shows a renderer route (`/`, `/review`, …) in the window. */
  navigate(route: string): void
  showSearch(): void
  showAbout(): void
  openDataFolder(): void
  showLicences(): void
}

export interface MenuContext {
  locale: string
  /** A packaged app gets no reload and no developer tools. */
  isPackaged: boolean
  platform: NodeJS.Platform
  appName: string
}

const TEXT = {
  ko: {
    file: '파일',
    exportProgress: '학습 기록 내보내기…',
    importProgress: '학습 기록 가져오기…',
    quit: '끝내기',
    view: '보기',
    zoomIn: '크게',
    zoomOut: '작게',
    resetZoom: '원래 크기',
    fullScreen: '전체 화면',
    reload: '새로 고침',
    devTools: '개발자 도구',
    go: '이동',
    dashboard: '대시보드',
    review: '복습',
    notes: '노트',
    stats: '학습 통계',
    search: '검색',
    help: '도움말',
    about: (name: string) => `${name} 정보`,
    dataFolder: '데이터 폴더 열기',
    licences: '오픈 소스 라이선스',
    window: '창',
  },
  en: {
    file: 'File',
    exportProgress: 'Export Progress…',
    importProgress: 'Import Progress…',
    quit: 'Quit',
    view: 'View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Full Screen',
    reload: 'Reload',
    devTools: 'Developer Tools',
    go: 'Go',
    dashboard: 'Dashboard',
    review: 'Review',
    notes: 'Notes',
    stats: 'Study Stats',
    search: 'Search',
    help: 'Help',
    about: (name: string) => `About ${name}`,
    dataFolder: 'Open Data Folder',
    licences: 'Open Source Licences',
    window: 'Window',
  },
} as const

export const menuText = (locale: string) => (locale === 'en' ? TEXT.en : TEXT.ko)

/**
 * The application menu, in the learner's language. Pure: the same context gives the same
 * template, so it is tested under Node; index.ts builds it with Menu.buildFromTemplate.
 */
export function buildMenuTemplate(context: MenuContext, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = menuText(context.locale)
  const mac = context.platform === 'darwin'
  const about: MenuItemConstructorOptions = { label: t.about(context.appName), click: () => actions.showAbout() }
  const template: MenuItemConstructorOptions[] = []
  if (mac) {
    template.push({
      label: context.appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit', label: t.quit },
      ],
    })
  }
  template.push({
    label: t.file,
    submenu: [
      { label: t.exportProgress, click: () => actions.exportProgress() },
      { label: t.importProgress, click: () => actions.importProgress() },
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: t.quit }]),
    ],
  })
  // Edit roles make copy/paste and undo work in note fields (on macOS only the menu provides them).
  template.push({ role: 'editMenu' })
  template.push({
    label: t.view,
    submenu: [
      { role: 'zoomIn', label: t.zoomIn, accelerator: 'CommandOrControl+=' },
      { role: 'zoomOut', label: t.zoomOut },
      { role: 'resetZoom', label: t.resetZoom },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
      ...(context.isPackaged
        ? []
        : [
            { type: 'separator' as const },
            { role: 'reload' as const, label: t.reload },
            { role: 'toggleDevTools' as const, label: t.devTools },
          ]),
    ],
  })
  template.push({
    label: t.go,
    submenu: [
      { label: t.dashboard, accelerator: 'CommandOrControl+1', click: () => actions.navigate('/') },
      { label: t.review, accelerator: 'CommandOrControl+2', click: () => actions.navigate('/review') },
      { label: t.notes, accelerator: 'CommandOrControl+3', click: () => actions.navigate('/notes') },
      { label: t.stats, accelerator: 'CommandOrControl+4', click: () => actions.navigate('/stats') },
      { type: 'separator' },
      // Ctrl+K stays the page's own shortcut (registerAccelerator: false); the item only shows it.
      {
        label: t.search,
        accelerator: 'CommandOrControl+K',
        registerAccelerator: false,
        click: () => actions.showSearch(),
      },
    ],
  })
  if (mac) template.push({ role: 'windowMenu', label: t.window })
  template.push({
    role: 'help',
    label: t.help,
    submenu: [
      ...(mac ? [] : [about, { type: 'separator' as const }]),
      { label: t.dataFolder, click: () => actions.openDataFolder() },
      { label: t.licences, click: () => actions.showLicences() },
    ],
  })
  return template
}

export interface AboutFacts {
  appName: string
  version: string
  versions: Partial<Record<'electron' | 'chrome' | 'node', string>>
  dataDir: string
}

/** The About box's text: the app's version, the Electron and Chromium it runs on, where data lives. */
export function aboutText(locale: string, facts: AboutFacts): { message: string; detail: string } {
  const en = locale === 'en'
  const lines = [
    `${en ? 'Version' : '버전'} ${facts.version}`,
    `Electron ${facts.versions.electron ?? '-'} · Chromium ${facts.versions.chrome ?? '-'} · Node.js ${facts.versions.node ?? '-'}`,
    '',
    en ? 'Your progress is kept on this computer only, in:' : '학습 기록은 이 컴퓨터에만 저장됩니다:',
    facts.dataDir,
  ]
  return { message: facts.appName, detail: lines.join('\n') }
}
