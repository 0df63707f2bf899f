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

test('an answer changed just before the app closes is still there after a restart', async ({ app }) => {
  let page = app.page
  await page.clock.install()
  await page.reload()
  await reader.open(page, 'first')
  // From here on no time passes, so nothing is saved on a timer: only leaving can save it.
  await page.clock.pauseAt(Date.now() + 60_000)
  const order = reader.question(page, 'q-first-order')
  await order.locator('.cp-order-handle').first().focus()
  await page.keyboard.press('Alt+ArrowDown')
  const moved = await order.locator('.cp-order-handle .cp-option-text').allTextContents()

  await app.restart()
  page = app.page
  await page.clock.resume()
  await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
  await expect(reader.question(page, 'q-first-order').locator('.cp-order-handle .cp-option-text')).toHaveText(moved)
})
