import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { aboutText, buildMenuTemplate, type MenuActions } from './menu'

const actions = (): MenuActions => ({
  exportProgress: vi.fn(),
  importProgress: vi.fn(),
  navigate: vi.fn(),
  showSearch: vi.fn(),
  showAbout: vi.fn(),
  openDataFolder: vi.fn(),
  showLicences: vi.fn(),
})
const context = { locale: 'ko', isPackaged: true, platform: 'linux' as const, appName: 'Another Class Offline' }

const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...flat(Array.isArray(item.submenu) ? item.submenu : [])])
const find = (items: MenuItemConstructorOptions[], label: string) => flat(items).find((i) => i.label === label)
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.()

describe('the application menu', () => {
  it('speaks Korean: 파일, 편집, 보기, 이동, 도움말', () => {
    const menu = buildMenuTemplate(context, actions())
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['파일', 'editMenu', '보기', '이동', '도움말'])
    expect(find(menu, '파일')?.submenu).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'quit', label: '끝내기' })]),
    )
  })

  it('and English', () => {
    const menu = buildMenuTemplate({ ...context, locale: 'en' }, actions())
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['File', 'editMenu', 'View', 'Go', 'Help'])
  })

  it('has zoom and full screen, but no reload or developer tools in a packaged app', () => {
    const roles = (isPackaged: boolean) =>
      flat(buildMenuTemplate({ ...context, isPackaged }, actions())).map((i) => i.role)
    expect(roles(true)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']))
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(roles(true)).not.toContain(role)
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('its items call their actions', () => {
    const a = actions()
    const menu = buildMenuTemplate(context, a)
    click(find(menu, '학습 기록 내보내기…'))
    click(find(menu, '학습 기록 가져오기…'))
    for (const label of ['대시보드', '복습', '노트', '학습 통계']) click(find(menu, label))
    click(find(menu, '검색'))
    click(find(menu, 'Another Class Offline 정보'))
    click(find(menu, '데이터 폴더 열기'))
    click(find(menu, '오픈 소스 라이선스'))
    expect(a.exportProgress).toHaveBeenCalledOnce()
    expect(a.importProgress).toHaveBeenCalledOnce()
    expect(vi.mocked(a.navigate).mock.calls.map((c) => c[0])).toEqual(['/', '/review', '/notes', '/stats'])
    expect(a.showSearch).toHaveBeenCalledOnce()
    expect(a.showAbout).toHaveBeenCalledOnce()
    expect(a.openDataFolder).toHaveBeenCalledOnce()
    expect(a.showLicences).toHaveBeenCalledOnce()
  })

  it('leaves Ctrl+K to the page', () => {
    expect(find(buildMenuTemplate(context, actions()), '검색')).toMatchObject({ registerAccelerator: false })
  })

  it('puts About in the app menu on macOS', () => {
    const menu = buildMenuTemplate({ ...context, platform: 'darwin' }, actions())
    expect(menu[0]?.label).toBe('Another Class Offline')
    expect(find([menu[0]!], 'Another Class Offline 정보')).toBeDefined()
  })
})

describe('the About box', () => {
  it('says the version, the Electron and Chromium it runs on, and where the data lives', () => {
    const text = aboutText('ko', {
      appName: 'Another Class Offline',
      version: '0.1.0',
      versions: { electron: '44.11.5', chrome: '146.0.1', node: '24.1.0' },
      dataDir: '/home/me/.config/Another Class Offline',
    })
    expect(text.message).toBe('Another Class Offline')
    for (const part of ['0.1.0', 'Electron 44.11.5', 'Chromium 146.0.1', '/home/me/.config/Another Class Offline'])
      expect(text.detail).toContain(part)
  })
})
