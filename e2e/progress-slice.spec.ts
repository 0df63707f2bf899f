import { expect, test } from './fixtures'

test('reading a chapter is remembered across a restart', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1 })).toContainText('미니')
  await expect(page.getByTestId('overall-percent')).toHaveText('0%')
  const first = page.locator('[data-chapter="first"]')
  await expect(first.locator('.status')).toHaveAttribute('data-status', 'not-started')

  await first.getByRole('link').click()
  await expect(page.locator('article h1')).toBeVisible()
  // Dwell on each section until the table of contents shows it read.
  for (const sectionId of ['intro', 'body', 'summary']) {
    await page.locator(`section[data-section-id="${sectionId}"]`).scrollIntoViewIfNeeded()
    await page
      .locator(`section[data-section-id="${sectionId}"] h2`)
      .evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await expect(page.locator(`[data-toc="${sectionId}"] .mark`)).toHaveAttribute('data-read', 'true', {
      timeout: 10_000,
    })
  }

  await app.restart()
  await page.getByRole('link', { name: '대시보드' }).click()
  const chapter = app.page.locator('[data-chapter="first"]')
  await expect(chapter.locator('.status')).toHaveAttribute('data-status', 'in-progress')
  await expect(chapter).toContainText('3/3')
  await expect(app.page.getByTestId('overall-percent')).not.toHaveText('0%')
  await expect(app.page.getByTestId('continue')).toHaveText('이어서 학습하기')
})

test('a bad payload through window.api gets a typed error and changes nothing', async ({ app }) => {
  const { page } = app
  await expect(page.getByTestId('overall-percent')).toHaveText('0%')
  const result = await page.evaluate(() =>
    (window.api.markSectionRead as (input: unknown) => Promise<unknown>)({ courseId: 'mini', chapterId: 42 }),
  )
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  const unknownSection = await page.evaluate(() =>
    window.api.markSectionRead({ courseId: 'mini', chapterId: 'first', sectionId: 'no-such-section' }),
  )
  expect(unknownSection).toMatchObject({ ok: false, error: { code: 'not_found' } })
  const progress = await page.evaluate(() => window.api.getProgress({ courseId: 'mini' }))
  expect(progress).toMatchObject({ ok: true, value: { percent: 0 } })
})

test('nothing the page requests leaves the app', async ({ app }) => {
  const { page } = app
  await page.locator('[data-chapter="first"]').getByRole('link').click()
  await expect(page.locator('article h1')).toBeVisible()
  expect(app.requests.length).toBeGreaterThan(0)
  for (const url of app.requests) expect(new URL(url).origin).toBe(app.origin)
})
