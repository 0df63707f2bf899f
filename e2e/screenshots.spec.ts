import { copyFileSync, mkdirSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { checkpoint, reader } from './pages'
import { SPRINT3_PACK, fixturePack } from '../test/support/packs'

const SHOTS = resolve(__dirname, 'screenshots')

/** Where each diagram of the bundled pack is taught. */
const DIAGRAMS = [
  ['infra-stack', 'stack-layers'],
  ['service-models', 'service-model-matrix'],
  ['virtualization', 'virtualization-stacks'],
  ['container-advantages', 'deploy-consistency'],
  ['difficulty', 'difficulty-ladder'],
  ['kubernetes-tradeoffs', 'k8s-fit'],
  ['people-and-roles', 'role-layer-matrix'],
] as const

/** A second picture of an interactive diagram in another state: the last step, or one column. */
const DIAGRAM_STATES: Record<string, { name: string; act: (figure: Locator) => Promise<void> }> = {
  'virtualization-stacks': { name: 'last-step', act: (f) => f.locator('[data-stack-picker]').last().click() },
  'deploy-consistency': { name: 'last-step', act: (f) => f.locator('[data-stack-picker]').last().click() },
  'service-model-matrix': { name: 'dbaas', act: (f) => f.locator('[data-model="dbaas"]').click() },
  'role-layer-matrix': { name: 'dba', act: (f) => f.locator('[data-model="dba"]').click() },
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.getByTestId('nav-settings').click()
  await page.getByTestId(`theme-${theme}`).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
}

test.describe('screens of the bundled Sprint 3 course', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  for (const theme of ['light', 'dark'] as const) {
    test(`every view in the ${theme} theme`, async ({ app, appKind }) => {
      const { page } = app
      const shot = (name: string) => join(SHOTS, `${appKind}-${theme}-${name}.png`)
      mkdirSync(SHOTS, { recursive: true })
      await expect(page.getByRole('heading', { level: 1 })).toContainText('가상화 한방정리')
      await setTheme(page, theme)
      await page.screenshot({ path: shot('settings'), fullPage: true })

      await page.getByRole('link', { name: '대시보드' }).click()
      await expect(page.locator('.chapters li')).toHaveCount(7)
      await page.screenshot({ path: shot('dashboard'), fullPage: true })

      await reader.open(page, 'infra-stack')
      const fontLoaded = await page.evaluate(async () => {
        await document.fonts.ready
        return document.fonts.check('16px "Noto Sans KR"', '가상화')
      })
      expect(fontLoaded, 'Korean text uses the bundled Noto Sans KR').toBe(true)
      await page.screenshot({ path: shot('reader') })

      for (const [chapterId, diagramId] of DIAGRAMS) {
        await reader.open(page, chapterId)
        const figure = page.locator(`figure[data-diagram="${diagramId}"]`)
        await figure.scrollIntoViewIfNeeded()
        await expect(figure).toBeVisible()
        await figure.screenshot({ path: shot(`diagram-${diagramId}`) })
        const state = DIAGRAM_STATES[diagramId]
        if (state) {
          await state.act(figure)
          await figure.screenshot({ path: shot(`diagram-${diagramId}-${state.name}`) })
        }
      }

      await reader.open(page, 'infra-stack')
      const card = page.locator('[data-question="infra-stack-q5-order-records-layer"]')
      await card.scrollIntoViewIfNeeded()
      await card.locator('.cp-option input').first().check()
      await checkpoint.submit(card)
      await expect(card).toHaveAttribute('data-state', /answered-/)
      await card.screenshot({ path: shot('checkpoint-feedback') })

      await page.keyboard.press('Control+k')
      await page.getByTestId('search-input').fill('컨테이너가')
      await expect(page.getByTestId('search-results')).toBeVisible()
      await page.screenshot({ path: shot('search') })
      await page.getByTestId('search-input').fill('커넬')
      await expect(page.getByTestId('search-suggestions')).toBeVisible()
      await page.screenshot({ path: shot('search-suggestion') })
      await page.keyboard.press('Escape')

      // The glossary: the page by chapter, by initial while filtering, a term explained in the text.
      await page.getByTestId('nav-glossary').click()
      await expect(page.getByTestId('glossary-entry')).toHaveCount(63)
      await page.screenshot({ path: shot('glossary') })
      await page.getByTestId('group-alphabet').check()
      await page.getByTestId('glossary-filter').fill('가상')
      await page.screenshot({ path: shot('glossary-filtered'), fullPage: true })
      await reader.open(page, 'virtualization')
      const term = page.locator('[data-term="hypervisor"]').first()
      await term.evaluate((el) => el.scrollIntoView({ block: 'center' }))
      await term.focus()
      await expect(page.getByTestId('term-popover')).toBeVisible()
      await page.screenshot({ path: shot('term-popover') })
      await page.keyboard.press('Escape')
      await reader.open(page, 'infra-stack')

      // Review, notes and stats, with a missed question, a note and some study recorded.
      const missed = page.locator('[data-question="infra-stack-q1-bottom-layer"]')
      await missed.locator('input[value="b"]').check()
      await checkpoint.submit(missed)
      const notes = page.locator('[data-notes-for="hardware-layers"]')
      await notes.scrollIntoViewIfNeeded()
      await notes.getByTestId('bookmark').click()
      await notes.getByTestId('edit-note').click()
      await notes.getByTestId('note-input').fill('네트워킹 → 스토리지 → 서버: 아래 세 층은 물리 장비.')
      await page.locator('section[data-section-id="hardware-layers"]').screenshot({ path: shot('section-note-editor') })
      await notes.getByTestId('save-note').click()
      await page.getByTestId('nav-review').click()
      await expect(page.getByTestId('review-position')).toBeVisible()
      await page.screenshot({ path: shot('review'), fullPage: true })
      await page.getByTestId('nav-notes').click()
      await expect(page.locator('li[data-note]')).toHaveCount(1)
      await page.screenshot({ path: shot('notes'), fullPage: true })
      // The printable summary of the chapter with the note and the missed question, and as printed.
      await page.getByTestId('notes-summary-link').click()
      await page.getByRole('link', { name: '인프라를 이루는 아홉 개의 층' }).first().click()
      await expect(page.locator('article[data-chapter]')).toHaveCount(1)
      await expect(page.getByTestId('summary-note')).toBeVisible()
      await page.screenshot({ path: shot('summary'), fullPage: true })
      await page.emulateMedia({ media: 'print' })
      await page.screenshot({ path: shot('summary-print'), fullPage: true })
      await page.emulateMedia({ media: 'screen' })
      await page.getByTestId('nav-stats').click()
      await page.getByTestId('heatmap-toggle').click()
      await expect(page.getByTestId('heatmap-table')).toBeVisible()
      await page.evaluate(() => window.scrollTo({ top: 0 }))
      await page.screenshot({ path: shot('stats'), fullPage: true })
      await page.getByRole('link', { name: '대시보드', exact: true }).click()
      await expect(page.getByTestId('review-due-count')).toContainText('오늘 복습할 문제')
      await page.screenshot({ path: shot('dashboard-review-due'), fullPage: true })

      // Glossary cards join the review once the learner opts in; they come after the questions.
      await page.getByTestId('nav-settings').click()
      await page.getByTestId('glossary-review-setting').check()
      await page.locator('fieldset.glossary-review').screenshot({ path: shot('settings-glossary-review') })
      await page.getByTestId('nav-review').click()
      while (await page.locator('main [data-question]').count()) {
        const question = page.locator('main [data-question]').first()
        await question.locator('input').first().check()
        await checkpoint.submit(question)
        await page.getByTestId('review-next').click()
      }
      await page.getByTestId('term-reveal').click()
      await expect(page.getByTestId('term-definition')).toBeVisible()
      await page.screenshot({ path: shot('review-glossary-card'), fullPage: true })
      // Settings → 데이터 → 백업 after a restart (a start-up backup with this progress) and with
      // a backup named by an older version, which carries no reason.
      await app.restart(() => {
        const backups = join(app.dataDir, 'backups')
        const first = readdirSync(backups).find((n) => n.endsWith('.sqlite'))!
        copyFileSync(join(backups, first), join(backups, 'progress-20261101T090000Z.sqlite'))
      })
      await page.getByTestId('nav-settings').click()
      const backupList = page.locator('.backups')
      await expect(backupList.getByTestId('backup-item')).toHaveCount(3)
      await backupList.scrollIntoViewIfNeeded()
      await backupList.screenshot({ path: shot('settings-backups') })
      await backupList.getByTestId('backup-restore').first().click()
      await expect(page.locator('dialog[open]')).toBeVisible()
      await page.screenshot({ path: shot('backup-restore-confirm') })
      await page.keyboard.press('Escape')
    })
  }
})

/** Every view, as a learner first sees it (so with its empty states), in each window size. */
const VIEWS = ['', 'chapter/infra-stack', 'final', 'review', 'glossary', 'notes', 'stats', 'settings', 'summary']
const SIZES = [
  { width: 1280, height: 800, views: VIEWS },
  { width: 720, height: 520, views: VIEWS },
  { width: 1920, height: 1080, views: ['', 'chapter/infra-stack'] },
]

test.describe('every view in each window size', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  for (const theme of ['light', 'dark'] as const) {
    test(`the ${theme} theme at 1280×800, 720×520 and 1920×1080`, async ({ app, appKind }) => {
      test.slow()
      const { page } = app
      mkdirSync(SHOTS, { recursive: true })
      await setTheme(page, theme)
      const origin = new URL(page.url()).origin
      for (const { width, height, views } of SIZES) {
        await page.setViewportSize({ width, height })
        for (const view of views) {
          await page.goto(`${origin}/index.html#/${view}`)
          await expect(page.locator('main h1').first()).toBeVisible()
          if (view.startsWith('chapter/')) await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
          await page.evaluate(() => document.fonts.ready)
          const name = view.replace('chapter/', 'reader-').replace(/\//g, '-') || 'dashboard'
          // Finished transitions: the menu tint of the page just left is not caught half-faded.
          await page.screenshot({
            path: join(SHOTS, `${appKind}-${theme}-${width}x${height}-${name}.png`),
            animations: 'disabled',
          })
        }
      }
    })
  }
})

test.describe('the error screen', () => {
  test.use({
    packDirs: [fixturePack('broken-no-manifest')],
    seedFiles: { 'progress.sqlite': 'not a database' },
  })

  test('a broken pack and a reset database are explained, never a blank window', async ({ app, appKind }) => {
    const { page } = app
    mkdirSync(SHOTS, { recursive: true })
    await expect(page.getByRole('alert')).toContainText('코스 팩에 문제가 있어')
    await expect(page.getByTestId('notice')).toHaveCount(2)
    await page.screenshot({ path: join(SHOTS, `${appKind}-error-state.png`), fullPage: true })
  })
})
