import { expect, test } from './fixtures'
import { checkpoint, reader, stats } from './pages'

test('an impatient learner clicks 제출 many times: every question counts once', async ({ app }) => {
  const page = app.page
  await reader.open(page, 'first')

  // A double click on the inline question, a wrong answer.
  const single = reader.question(page, 'q-first-single')
  await checkpoint.chooseOption(single, '네트워킹')
  await single.locator('.cp-submit').dblclick()
  await expect(single).toHaveAttribute('data-state', 'answered-wrong')

  // Five quick clicks on the end-of-chapter ordering question, answered right.
  const order = page.getByTestId('end-check').locator('[data-question="q-first-order"]')
  await checkpoint.orderWithKeyboard(order, ['서버', '운영체제', '앱'])
  await order.locator('.cp-submit').click({ clickCount: 5 })
  await expect(order).toHaveAttribute('data-state', 'answered-correct')

  // Enter pressed twice on the next chapter's true/false question.
  await reader.open(page, 'second')
  const trueFalse = reader.question(page, 'q-second-tf')
  await trueFalse.getByRole('radio').first().focus()
  await page.keyboard.press('Space')
  await expect(trueFalse.getByRole('radio').first()).toBeChecked()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(trueFalse).toHaveAttribute('data-state', /answered-/)

  await stats.open(page)
  await expect(stats.answeredIn(page, 'first')).toHaveText('2')
  await expect(stats.correctIn(page, 'first')).toHaveText('1')
  await expect(stats.rateIn(page, 'first')).toHaveText('50%')
  await expect(stats.answeredIn(page, 'second')).toHaveText('1')
  await expect(stats.totalAnswered(page)).toHaveText('3문제')
})
