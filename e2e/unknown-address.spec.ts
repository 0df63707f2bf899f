import { expect, test } from './fixtures'

test('an address to a chapter that does not exist explains itself in the learner’s language', async ({ app }) => {
  const page = app.page
  await expect(page.getByTestId('overall-percent')).toBeVisible()
  const origin = new URL(page.url()).origin
  await page.goto(`${origin}/index.html#/chapter/does-not-exist`)
  const error = page.getByTestId('chapter-error')
  await expect(error.getByRole('heading', { level: 1 })).toHaveText('이 챕터를 찾을 수 없어요')
  await expect(page.locator('body')).not.toContainText('No chapter')
  await expect(page.locator('body')).not.toContainText('does-not-exist')
  await error.getByRole('link', { name: '대시보드로 돌아가기' }).click()
  await expect(page.getByTestId('overall-percent')).toBeVisible()

  await page.getByTestId('nav-settings').click()
  await page.getByTestId('locale-en').check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.goto(`${origin}/index.html#/chapter/does-not-exist`)
  await expect(error.getByRole('heading', { level: 1 })).toHaveText('This chapter cannot be found')
  await expect(page.locator('body')).not.toContainText('No chapter')
  await error.getByRole('link', { name: 'Back to the dashboard' }).click()
  await expect(page.getByTestId('overall-percent')).toBeVisible()
})
