import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { checkpoint, reader } from './pages'

/** Reads the first chapter of the mini pack and passes its check: the chapter becomes complete. */
async function completeFirstChapter(page: Page): Promise<void> {
  await reader.open(page, 'first')
  for (const id of ['intro', 'body', 'summary']) await reader.read(page, id)
  const single = reader.question(page, 'q-first-single')
  await checkpoint.chooseOption(single, '운영체제')
  await checkpoint.submit(single)
  await expect(single).toHaveAttribute('data-state', 'answered-correct')
  await expect(page.getByTestId('chapter-complete')).toHaveCount(0)
  const order = reader.question(page, 'q-first-order')
  await checkpoint.orderWithKeyboard(order, ['서버', '운영체제', '앱'])
  await checkpoint.submit(order)
}

/** The CSS animations running (or held at their end) inside the chapter-complete card. */
const animationsIn = (page: Page) =>
  page.getByTestId('chapter-complete').evaluate((card) => card.getAnimations({ subtree: true }).length)

test('passing the check shows the chapter-complete moment with the score and the next chapter', async ({ app }) => {
  const page = app.page
  await completeFirstChapter(page)

  const moment = page.getByTestId('chapter-complete')
  await expect(moment).toBeVisible()
  await expect(moment.getByRole('heading', { name: '챕터 완료!' })).toBeVisible()
  await expect(page.getByTestId('chapter-complete-score')).toHaveText('점검 2문제 중 2문제 정답')
  await expect(moment.getByRole('progressbar', { name: '마무리 점검 정답률' })).toHaveAttribute('aria-valuenow', '100')
  // What was learned: the chapter's objectives.
  await expect(moment).toContainText('인프라 층을 말할 수 있다')
  await expect(moment).toContainText('누가 무엇을 관리하는지 설명할 수 있다')
  // Screen readers hear it, and the burst plays for a learner who has not asked for less motion.
  await expect(page.getByTestId('chapter-announcement')).toHaveText('챕터 완료! 점검 2문제 중 2문제를 맞혔어요.')
  expect(await animationsIn(page)).toBeGreaterThan(0)

  await page.getByTestId('chapter-complete-next').click()
  await expect(page.locator('article h1')).toHaveText('두 번째 장')
  await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
  // The second chapter is not complete: no moment there.
  await expect(page.getByTestId('chapter-complete')).toHaveCount(0)
})

test('with reduced motion the moment appears without any animation', async ({ app }) => {
  const page = app.page
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await completeFirstChapter(page)

  await expect(page.getByTestId('chapter-complete')).toBeVisible()
  await expect(page.getByTestId('chapter-announcement')).toContainText('챕터 완료!')
  expect(await animationsIn(page)).toBe(0)
})

test('a chapter opened complete shows the moment quietly', async ({ app }) => {
  const page = app.page
  await completeFirstChapter(page)
  await expect(page.getByTestId('chapter-complete')).toBeVisible()

  await reader.open(page, 'second')
  await reader.open(page, 'first')
  await page.getByTestId('chapter-complete').scrollIntoViewIfNeeded()
  await expect(page.getByTestId('chapter-complete-score')).toHaveText('점검 2문제 중 2문제 정답')
  await expect(page.getByTestId('chapter-announcement')).toHaveText('')
  expect(await animationsIn(page)).toBe(0)
})
