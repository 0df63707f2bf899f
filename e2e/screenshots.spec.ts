import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { checkpoint, reader } from './pages'

const SHOTS = resolve(__dirname, 'screenshots')
const SPRINT3 = resolve(__dirname, '../resources/courses/sprint-3')

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
  test.use({ packDirs: [SPRINT3] })

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
      await page.keyboard.press('Escape')

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
    })
  }
})

test.describe('the error screen', () => {
  test.use({
    packDirs: [resolve(__dirname, '../test/fixtures/packs/broken-no-manifest')],
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
