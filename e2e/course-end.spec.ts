import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { checkpoint, dashboard, reader } from './pages'

const courseEnd = (page: Page) => page.getByTestId('course-end')

test('the last chapter is no dead end: it says what is left and leads on to the final check', async ({ app }) => {
  const page = app.page
  // Straight to the last chapter, skipping the first, and down to its end.
  await dashboard.chapter(page, 'second').getByRole('link').click()
  await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
  await courseEnd(page).scrollIntoViewIfNeeded()
  await expect(courseEnd(page)).toContainText('마지막 챕터까지 왔어요')
  await expect(courseEnd(page)).toContainText('아직 완료하지 않은 챕터가 2개 있어요.')
  await expect(page.getByTestId('course-end-left')).toContainText('첫 번째 장 (시작 전)')
  await expect(page.getByTestId('course-end-final-check')).toHaveCount(0)

  // The chapter left is one click away; after it, the last chapter offers the final check.
  await courseEnd(page).getByRole('link', { name: '첫 번째 장 (시작 전)' }).click()
  await expect(page.locator('article h1')).toHaveText('첫 번째 장')
  await reader.read(page, 'intro')
  await page.locator('body').press('ArrowRight')
  await expect(page.locator('article h1')).toHaveText('두 번째 장')
  await page.getByTestId('course-end-final-check').click()
  await expect(page.getByTestId('final-check-view')).toBeVisible()
  await page.goBack()
  await page.getByTestId('course-end-dashboard').click()
  await expect(dashboard.percent(page)).toBeVisible()
})

test('after finishing every chapter the last one says the course is complete', async ({ app }) => {
  const page = app.page
  await reader.open(page, 'first')
  for (const id of ['intro', 'body', 'summary']) await reader.read(page, id)
  const single = reader.question(page, 'q-first-single')
  await checkpoint.chooseOption(single, '운영체제')
  await checkpoint.submit(single)
  const order = reader.question(page, 'q-first-order')
  await checkpoint.orderWithKeyboard(order, ['서버', '운영체제', '앱'])
  await checkpoint.submit(order)
  await expect(page.getByTestId('completion-rule')).toContainText('이 챕터를 완료했어요')

  await page.locator('body').press('ArrowRight')
  await expect(page.locator('article h1')).toHaveText('두 번째 장')
  await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
  for (const id of ['start', 'summary']) await reader.read(page, id)
  const tf = reader.question(page, 'q-second-tf')
  await tf.locator('[data-option="true"]').click()
  await checkpoint.submit(tf)
  const match = reader.question(page, 'q-second-match')
  await match.locator('[data-left="vm"] select').selectOption({ label: '있음' })
  await match.locator('[data-left="container"] select').selectOption({ label: '없음' })
  await checkpoint.submit(match)
  await expect(page.getByTestId('completion-rule')).toContainText('이 챕터를 완료했어요')

  await expect(courseEnd(page)).toContainText('코스를 모두 마쳤어요!')
  await expect(page.getByTestId('course-end-left')).toHaveCount(0)
  await page.getByTestId('course-end-review').click()
  await expect(page.getByTestId('review-view')).toBeVisible()
})
