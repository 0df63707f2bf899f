import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test } from './fixtures'

const SHOTS = resolve(__dirname, 'screenshots')
const SPRINT3 = resolve(__dirname, '../resources/courses/sprint-3')

test.describe('screens of the bundled Sprint 3 course', () => {
  test.use({ packDirs: [SPRINT3] })

  test('dashboard and reader render the Korean course with the bundled font', async ({ app, appKind }) => {
    const { page } = app
    mkdirSync(SHOTS, { recursive: true })
    await expect(page.getByRole('heading', { level: 1 })).toContainText('가상화 한방정리')
    await expect(page.locator('.chapters li')).toHaveCount(7)
    await page.screenshot({ path: join(SHOTS, `${appKind}-dashboard.png`), fullPage: true })

    await page.locator('.chapters li').first().getByRole('link').click()
    await expect(page.locator('article h1')).toBeVisible()
    // The Korean text is drawn with the bundled Noto Sans KR, not a system font.
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready
      return document.fonts.check('16px "Noto Sans KR"', '가상화')
    })
    expect(fontLoaded).toBe(true)
    await page.screenshot({ path: join(SHOTS, `${appKind}-reader.png`) })
  })
})
