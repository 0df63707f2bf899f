import { expect, test } from './fixtures'
import { dashboard, reader } from './pages'

test('theme, text size and language persist across a restart', async ({ app }) => {
  let page = app.page
  await page.getByTestId('nav-settings').click()
  await page.getByTestId('theme-dark').check()
  await page.getByLabel('크게', { exact: true }).check()
  await page.getByTestId('locale-en').check()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await app.restart()
  page = app.page
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  await expect(page.getByLabel('Large', { exact: true })).toBeChecked()
  const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
  expect(fontSize).toBe('18.4px')
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByTestId('continue')).toHaveText('Start learning')
})

test('reset asks first, then forgets progress', async ({ app }) => {
  const { page } = app
  await dashboard.chapter(page, 'first').getByRole('link').click()
  await reader.read(page, 'intro')
  await page.getByTestId('nav-settings').click()

  await page.getByTestId('reset-progress').click()
  await page.getByRole('button', { name: '취소' }).click()
  await dashboard.open(page)
  await expect(dashboard.status(page, 'first')).toHaveAttribute('data-status', 'in-progress')

  await page.getByTestId('nav-settings').click()
  await page.getByTestId('reset-progress').click()
  await page.getByTestId('confirm-reset').click()
  await expect(page.getByRole('status')).toContainText('초기화했습니다')
  await dashboard.open(page)
  await expect(dashboard.percent(page)).toHaveText('0%')
  await expect(dashboard.status(page, 'first')).toHaveAttribute('data-status', 'not-started')
})
