import { expect, test } from './fixtures'
import { SPRINT3_PACK } from '../test/support/packs'

test.describe('search', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  test('Ctrl+K from anywhere, a Korean word with a particle, Enter opens the section at the match', async ({ app }) => {
    const { page } = app
    await expect(page.getByTestId('overall-percent')).toBeVisible()
    await page.keyboard.press('Control+k')
    const input = page.getByTestId('search-input')
    await expect(input).toBeFocused()
    await input.fill('하이퍼바이저가')
    const results = page.getByTestId('search-results').locator('button')
    await expect(results.first()).toBeVisible()
    await expect(results.first().locator('mark').first()).toHaveText('하이퍼바이저')
    await expect(page.getByTestId('search-results')).toContainText('하이퍼바이저 가상화')

    // Keyboard only: down to the first result, Enter.
    await page.keyboard.press('ArrowDown')
    const target = await results.first().getAttribute('data-section')
    await page.keyboard.press('Enter')
    const [chapterId, sectionId] = (target ?? '').split('#')
    await expect(page).toHaveURL(new RegExp(`#/chapter/${chapterId}\\?section=${sectionId}`))
    await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
    const painted = await page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0)
    expect(painted).toBeGreaterThan(0)
    await expect(page.locator(`section[data-section-id="${sectionId}"]`)).toBeInViewport()
  })

  test('"/" opens search, a 2-character word and an English alias find results', async ({ app }) => {
    const { page } = app
    await expect(page.getByTestId('overall-percent')).toBeVisible()
    await page.keyboard.press('/')
    const input = page.getByTestId('search-input')
    await input.fill('장점')
    await expect(page.getByTestId('search-results')).toContainText('장점')
    await input.fill('hypervisor')
    await expect(page.getByTestId('search-results')).toContainText('하이퍼바이저')
    await input.fill('zzzqqq')
    await expect(page.getByText('찾는 내용이 없어요')).toBeVisible()
    // The empty result offers a way back: an empty box, ready for the next word.
    await page.getByTestId('search-clear').click()
    await expect(input).toHaveValue('')
    await expect(input).toBeFocused()
    await expect(page.getByTestId('search-empty')).toBeHidden()
    await page.keyboard.press('Escape')
    await expect(input).toBeHidden()
  })

  test('a misspelt word finds what it was meant for; a near word with no hit offers the word meant', async ({
    app,
  }) => {
    const { page } = app
    await expect(page.getByTestId('overall-percent')).toBeVisible()
    await page.keyboard.press('Control+k')
    const input = page.getByTestId('search-input')
    await input.fill('라이센스')
    const results = page.getByTestId('search-results')
    await expect(results.locator('mark').first()).toHaveText('라이선스')
    await expect(results.locator('button[data-section="kubernetes-tradeoffs#cost-question"]').first()).toBeVisible()

    // 커넬 is too short to be read as a typo of 커널: nothing found, the word offered instead.
    await input.fill('커넬')
    const offer = page.getByTestId('search-suggestions')
    await expect(offer).toHaveText(/이것을 찾으셨나요\?\s*커널/)
    await expect(results).toBeHidden()
    await offer.getByRole('button', { name: '커널' }).click()
    await expect(input).toHaveValue('커널')
    await expect(input).toBeFocused()
    await expect(results.locator('mark').first()).toHaveText('커널')

    // By keyboard: ↓ from the box reaches the suggestion, Enter runs it.
    await input.fill('하이퍼바이저 커넬')
    await expect(offer).toContainText('하이퍼바이저 커널')
    await page.keyboard.press('ArrowDown')
    await expect(offer.getByRole('button').first()).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(input).toHaveValue('하이퍼바이저 커널')
    await expect(results.locator('button').first()).toBeVisible()
  })
})
