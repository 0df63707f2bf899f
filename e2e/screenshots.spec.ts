import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { checkpoint } from './pages'

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
] as const

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.getByTestId('nav-settings').click()
  await page.getByTestId(`theme-${theme}`).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
}

async function openChapter(page: Page, chapterId: string) {
  await page.goto(`${new URL(page.url()).origin}/index.html#/chapter/${chapterId}`)
  await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
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

      await openChapter(page, 'infra-stack')
      const fontLoaded = await page.evaluate(async () => {
        await document.fonts.ready
        return document.fonts.check('16px "Noto Sans KR"', '가상화')
      })
      expect(fontLoaded, 'Korean text uses the bundled Noto Sans KR').toBe(true)
      await page.screenshot({ path: shot('reader') })

      for (const [chapterId, diagramId] of DIAGRAMS) {
        await openChapter(page, chapterId)
        const figure = page.locator(`figure[data-diagram="${diagramId}"]`)
        await figure.scrollIntoViewIfNeeded()
        await expect(figure).toBeVisible()
        await figure.screenshot({ path: shot(`diagram-${diagramId}`) })
      }

      await openChapter(page, 'infra-stack')
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
