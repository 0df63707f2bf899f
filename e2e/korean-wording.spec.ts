import { expect, test } from './fixtures'
import { reader } from './pages'
import { SPRINT3_PACK } from '../test/support/packs'

test.describe('Korean wording', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  test('moving an ordering item is announced with the right particle, no stray space', async ({ app }) => {
    const page = app.page
    await reader.open(page, 'service-models')
    const question = reader.question(page, 'service-models-q9-model-order')
    const items = question.locator('.cp-order-handle .cp-option-text')
    const at = (await items.allTextContents()).indexOf('온-프라미스')
    expect(at).toBeGreaterThanOrEqual(0)
    await question.locator('.cp-order-handle').nth(at).focus()
    await page.keyboard.press(at === 0 ? 'Alt+ArrowDown' : 'Alt+ArrowUp')
    const to = at === 0 ? 2 : at
    await expect(question.getByTestId('order-announcement')).toHaveText(`온-프라미스를 ${to}번째로 옮겼습니다`)
  })
})
