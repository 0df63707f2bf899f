import { expect, test } from './fixtures'
import { checkpoint, reader, stats } from './pages'

test('in English, a count of one reads in the singular', async ({ app }) => {
  const page = app.page
  await page.getByTestId('nav-settings').click()
  await page.getByTestId('locale-en').check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await reader.open(page, 'first')
  const rule = page.getByTestId('completion-rule')
  await reader.read(page, 'intro')
  await reader.read(page, 'body')
  await expect(rule).toContainText('1 section left')
  const single = reader.question(page, 'q-first-single')
  await checkpoint.chooseOption(single, '운영체제')
  await checkpoint.submit(single)
  await expect(single).toHaveAttribute('data-state', 'answered-correct')
  await expect(rule).toContainText('1 more correct answer needed')

  await stats.open(page)
  await expect(page.getByTestId('streak-current')).toHaveText('1 day')
  await expect(page.getByTestId('streak')).toContainText('Longest: 1 day')
  await expect(page.getByTestId('today')).toHaveText('0 min · 1 question')
  await expect(stats.totalAnswered(page)).toHaveText('1 question')
  await expect(page.getByTestId('heatmap-summary')).toContainText('1 day of study')
})
