import { expect, test } from './fixtures'
import { reader } from './pages'
import { SPRINT3_PACK } from '../test/support/packs'

test.describe('where the learner is in a chapter (Sprint 3)', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  test('the contents list marks the section being read and the bar fills as the chapter scrolls', async ({ app }) => {
    const { page } = app
    await reader.open(page, 'infra-stack')
    const toc = page.getByRole('navigation', { name: '목차' })
    const bar = page.getByRole('progressbar', { name: '이 챕터에서 읽은 위치' })
    await expect(bar).toHaveAttribute('aria-valuenow', '0')
    await expect(toc.locator('[aria-current="location"]')).toHaveCount(0)

    await toc.getByRole('link', { name: '미들웨어와 런타임' }).click()
    await expect(toc.locator('[aria-current="location"]')).toHaveText('미들웨어와 런타임')
    const midway = Number(await bar.getAttribute('aria-valuenow'))
    expect(midway).toBeGreaterThan(0)
    expect(midway).toBeLessThan(100)

    // Scrolling on by hand (which ends the jump's hold on the page) moves the mark with the text,
    // and the end of the chapter fills the bar.
    await page.mouse.move(600, 400)
    await page.mouse.wheel(0, 40)
    await page.locator('section[data-section-id="layers-as-vocabulary"] > h2').evaluate((h) => h.scrollIntoView())
    await expect(toc.locator('[aria-current="location"]')).toHaveText('층이라는 공통 언어')
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }))
    await expect(bar).toHaveAttribute('aria-valuenow', '100')
    await expect(toc.locator('[aria-current="location"]')).toHaveText('정리')
  })
})
