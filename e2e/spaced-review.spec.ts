import { expect, test } from './fixtures'
import { checkpoint, dashboard, reader } from './pages'

const reviewDue = (page: import('@playwright/test').Page) => page.getByTestId('review-due-count')

test('a missed question is due, is reviewed, moves to a later date, and that survives a restart', async ({ app }) => {
  let page = app.page
  await expect(reviewDue(page)).toHaveText('오늘 복습할 문제가 없어요')

  // Miss the inline question of chapter 1.
  await dashboard.chapter(page, 'first').getByRole('link').click()
  const single = reader.question(page, 'q-first-single')
  await checkpoint.chooseOption(single, '네트워킹')
  await checkpoint.submit(single)
  await expect(single).toHaveAttribute('data-state', 'answered-wrong')

  // The dashboard counts it, and leads to the review.
  await dashboard.open(page)
  await expect(reviewDue(page)).toHaveText('오늘 복습할 문제 1개')
  await page.getByTestId('review-link').click()
  await expect(page.getByTestId('review-position')).toHaveText('1문제 중 1번째')
  const card = page.locator('[data-question="q-first-single"]')
  await expect(card).toHaveAttribute('data-state', 'unanswered')

  // The link back opens the section that teaches it.
  await page.getByTestId('review-section-link').click()
  await expect(page.locator('article h1')).toHaveText('첫 번째 장')
  expect(page.url()).toContain('#/chapter/first?section=intro')
  await page.goBack()
  await expect(page.getByTestId('review-position')).toBeVisible()

  // A right answer reschedules it for a later day.
  await checkpoint.chooseOption(card, '운영체제')
  await checkpoint.submit(card)
  await expect(card).toHaveAttribute('data-state', 'answered-correct')
  await expect(page.getByTestId('review-schedule')).toContainText('다음 복습:')
  await page.getByTestId('review-next').click()
  await expect(page.getByTestId('review-empty')).toContainText('오늘 복습을 모두 마쳤어요')
  const nextDue = await page.getByTestId('review-next-due').textContent()
  expect(nextDue).toMatch(/^다음 복습 예정: /)
  await expect(page.getByTestId('review-empty')).toContainText('복습 카드 1개')

  await app.restart()
  page = app.page
  await page.getByTestId('nav-review').click()
  await expect(page.getByTestId('review-empty')).toContainText('지금 복습할 문제가 없어요')
  await expect(page.getByTestId('review-next-due')).toHaveText(nextDue ?? '')
  await dashboard.open(page)
  await expect(reviewDue(page)).toHaveText('오늘 복습할 문제가 없어요')
})

test('a bookmark and a note on a section survive a restart and are listed on the Notes page', async ({ app }) => {
  let page = app.page
  await dashboard.chapter(page, 'first').getByRole('link').click()
  const notes = page.locator('[data-notes-for="body"]')
  await notes.getByTestId('bookmark').click()
  await expect(notes.getByTestId('bookmark')).toHaveAttribute('aria-pressed', 'true')
  await notes.getByTestId('edit-note').click()
  await expect(notes.getByTestId('note-input')).toBeFocused()
  await page.keyboard.type('IaaS: 서버를 빌리고 OS부터 직접 관리')
  await notes.getByTestId('save-note').click()
  await expect(notes.getByTestId('note-text')).toHaveText('IaaS: 서버를 빌리고 OS부터 직접 관리')

  await app.restart()
  page = app.page
  await page.getByTestId('nav-notes').click()
  const item = page.locator('li[data-note="first/body"]')
  await expect(item).toContainText('IaaS: 서버를 빌리고 OS부터 직접 관리')
  await expect(item.getByTestId('bookmark')).toHaveAttribute('aria-pressed', 'true')
  await item.getByRole('link', { name: '본문' }).click()
  await expect(page.locator('article h1')).toHaveText('첫 번째 장')
  await expect(page.locator('[data-notes-for="body"] [data-testid="note-text"]')).toHaveText(
    'IaaS: 서버를 빌리고 OS부터 직접 관리',
  )
})
