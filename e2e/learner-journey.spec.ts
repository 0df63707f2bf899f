import { expect, test } from './fixtures'
import { checkpoint, dashboard, reader } from './pages'

test('first launch → read chapter 1 → pass its check after a wrong answer → restart → continue in chapter 2', async ({
  app,
}) => {
  let page = app.page
  await expect(dashboard.percent(page)).toHaveText('0%')
  await expect(dashboard.status(page, 'first')).toHaveAttribute('data-status', 'not-started')
  await expect(dashboard.continueButton(page)).toHaveText('학습 시작하기')

  await dashboard.continueButton(page).click()
  await expect(page.locator('article h1')).toHaveText('첫 번째 장')
  await expect(page.getByTestId('completion-rule')).toContainText('80%')
  for (const id of ['intro', 'body', 'summary']) await reader.read(page, id)

  // The inline question: a wrong answer first, with its explanation, then a retry that passes.
  const single = reader.question(page, 'q-first-single')
  await checkpoint.chooseOption(single, '네트워킹')
  await checkpoint.submit(single)
  await expect(single).toHaveAttribute('data-state', 'answered-wrong')
  await expect(single.locator('.cp-verdict')).toContainText('정답이 아니에요')
  await expect(single).toContainText('네트워킹은 가장 아래층입니다.')
  await expect(page.getByTestId('completion-rule')).toContainText('정답이 2개 더 필요해요')
  await single.getByTestId('retry').click()
  await checkpoint.chooseOption(single, '운영체제')
  await checkpoint.submit(single)
  await expect(single).toHaveAttribute('data-state', 'answered-correct')

  // The end-of-chapter check: an ordering question, answered with the keyboard.
  const order = page.getByTestId('end-check').locator('[data-question="q-first-order"]')
  await checkpoint.orderWithKeyboard(order, ['서버', '운영체제', '앱'])
  await checkpoint.submit(order)
  await expect(order).toHaveAttribute('data-state', 'answered-correct')
  await expect(page.getByTestId('completion-rule')).toContainText('이 챕터를 완료했어요')

  // On to chapter 2 with the keyboard, and stop part-way through a section.
  await page.locator('body').press('ArrowRight')
  await expect(page.locator('article h1')).toHaveText('두 번째 장')
  await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
  await page.evaluate(() => window.scrollTo({ top: 120 }))
  const savedAt = await page.evaluate(() => window.scrollY)
  await page.waitForTimeout(800) // the position is saved shortly after scrolling stops

  await app.restart()
  page = app.page
  await dashboard.open(page)
  await expect(dashboard.status(page, 'first')).toHaveAttribute('data-status', 'complete')
  await expect(dashboard.chapter(page, 'first')).toContainText('완료')
  await expect(dashboard.continueButton(page)).toHaveText('이어서 학습하기')
  await dashboard.continueButton(page).click()
  await expect(page.locator('article h1')).toHaveText('두 번째 장')
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(savedAt)
})

test('a half-answered checkpoint and a diagram step survive a restart', async ({ app }) => {
  let page = app.page
  await dashboard.chapter(page, 'first').getByRole('link').click()
  const order = page.locator('[data-question="q-first-order"]')
  const before = await order.locator('.cp-order-handle .cp-option-text').allTextContents()
  await order.locator('.cp-order-handle').first().focus()
  await page.keyboard.press('Alt+ArrowDown')
  const moved = await order.locator('.cp-order-handle .cp-option-text').allTextContents()
  expect(moved).not.toEqual(before)
  const figure = page.locator('figure[data-diagram="mini-matrix"]')
  await figure.getByRole('tab').last().click()
  await page.waitForTimeout(800) // drafts are saved shortly after the last change

  await app.restart()
  page = app.page
  await expect(page.locator('[data-question="q-first-order"] .cp-order-handle .cp-option-text')).toHaveText(moved)
  await expect(page.locator('figure[data-diagram="mini-matrix"]').getByRole('tab').last()).toHaveAttribute(
    'aria-selected',
    'true',
  )
})

test('a key pressed in the same moment as a scroll still keeps the place in that chapter', async ({ app }) => {
  const page = app.page
  await reader.open(page, 'first')
  await reader.roundTripKeepsPlace(page, '두 번째 장', async () => {
    // The scroll event comes with the next frame; the key is handled before it.
    const savedAt = await page.evaluate(() => {
      window.scrollTo({ top: 150 })
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
      return window.scrollY
    })
    expect(savedAt).toBe(150)
    return savedAt
  })
})

test('leaving a chapter right after scrolling keeps the place in that chapter', async ({ app }) => {
  const page = app.page
  await reader.open(page, 'first')
  await reader.roundTripKeepsPlace(page, '두 번째 장', async () => {
    await page.evaluate(() => window.scrollTo({ top: 150 }))
    const savedAt = await page.evaluate(() => window.scrollY)
    // On at once, well before the position would be saved on its own (400 ms after scrolling stops).
    await page.locator('body').press('ArrowRight')
    return savedAt
  })
})
