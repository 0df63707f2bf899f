import { expect, test } from './fixtures'
import { checkpoint, dashboard, reader } from './pages'

test('the final check opens once every chapter is visited; a miss counts in stats and is due in review', async ({
  app,
}) => {
  const page = app.page
  await expect(page.getByTestId('review-due-count')).toHaveText('오늘 복습할 문제가 없어요')
  await expect(page.getByTestId('final-check-card')).toHaveCount(0)

  // Start both chapters, then come back: the dashboard offers the final check.
  await dashboard.chapter(page, 'first').getByRole('link').click()
  await reader.read(page, 'intro')
  await page.locator('body').press('ArrowRight')
  await expect(page.locator('article h1')).toHaveText('두 번째 장')
  await reader.read(page, 'start')
  await dashboard.open(page)
  await page.getByTestId('final-check-link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('최종 점검')
  await expect(page.getByTestId('final-check-score')).toHaveText('2문제 중 0문제 맞힘')

  // A wrong answer to a question taught in chapter 2, and a right one taught in chapter 1.
  const tf = page.locator('[data-final-item="q-final-tf"]')
  await expect(tf).toContainText('두 번째 장 · 시작')
  await tf.locator('[data-option="true"]').click()
  await checkpoint.submit(tf)
  await expect(tf.locator('.checkpoint-card')).toHaveAttribute('data-state', 'answered-wrong')
  await expect(tf).toContainText('컨테이너는 호스트의 커널을 함께 씁니다.')
  const multiple = page.locator('[data-final-item="q-final-multiple"]')
  await checkpoint.chooseOption(multiple, '운영체제')
  await checkpoint.chooseOption(multiple, '앱')
  await checkpoint.submit(multiple)
  await expect(multiple.locator('.checkpoint-card')).toHaveAttribute('data-state', 'answered-correct')
  await expect(page.getByTestId('final-check-score')).toHaveText('2문제 중 1문제 맞힘')

  // The answers count for the chapters that teach them in stats, not toward their check.
  await page.getByTestId('nav-stats').click()
  const second = page.locator('[data-testid="accuracy"] tr[data-chapter="second"]')
  await expect(second.locator('td.num')).toHaveText(['1', '0'])
  await expect(page.locator('[data-testid="accuracy"] tr[data-chapter="first"] td.num')).toHaveText(['1', '1'])
  await reader.open(page, 'first')
  await expect(page.getByTestId('completion-rule')).toContainText('정답이 2개 더 필요해요')

  // The miss is due in review, which leads back to the section that teaches it.
  await dashboard.open(page)
  await expect(page.getByTestId('review-due-count')).toHaveText('오늘 복습할 문제 1개')
  await page.getByTestId('review-link').click()
  await expect(page.locator('[data-question="q-final-tf"]')).toHaveAttribute('data-state', 'unanswered')
  await page.getByTestId('review-section-link').click()
  await expect(page.locator('article h1')).toHaveText('두 번째 장')
  expect(page.url()).toContain('#/chapter/second?section=start')
})
