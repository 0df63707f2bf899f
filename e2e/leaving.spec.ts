import { expect, test } from './fixtures'
import { dashboard, reader } from './pages'

// Closing or reloading the app right after doing something keeps it. Time itself is what these
// tests are about, so the page runs on Playwright's clock: nothing waits on the wall clock.

test('minutes spent reading count even when the app is closed straight from the chapter', async ({ app }) => {
  let page = app.page
  await page.clock.install()
  await page.reload()
  for (let visit = 0; visit < 2; visit++) {
    await reader.open(page, 'first')
    await page.mouse.wheel(0, 100) // reading
    await page.clock.fastForward('00:45')
    await app.restart() // closed straight from the chapter, well before a minute's save
    page = app.page
    await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
  }
  await dashboard.open(page)
  await expect(page.getByTestId('studied')).toHaveText('1분')
})
