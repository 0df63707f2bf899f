import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { dashboard } from './pages'

const SPRINT3 = resolve(__dirname, '../resources/courses/sprint-3')

/** Opens a chapter from the dashboard, the way a learner does, and waits until it is shown. */
async function openChapter(page: Page, chapterId: string): Promise<void> {
  await dashboard.chapter(page, chapterId).getByRole('link').click()
  await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
}

/**
 * Lets the page handle what was just pressed: key handlers run at once and a route change lands
 * within the task that follows, so after a painted frame and a task the address is final.
 */
async function afterKeyHandled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))))
}

test.describe('keyboard in the reader (Sprint 3)', () => {
  test.use({ packDirs: [SPRINT3] })

  test('the staircase diagram: ↑ climbs a step and ↓ goes down one, as drawn', async ({ app }) => {
    const { page } = app
    await openChapter(page, 'difficulty')
    const ladder = page.locator('figure[data-diagram="difficulty-ladder"]')
    const note = ladder.getByTestId('rung-note')
    await ladder.getByRole('tab', { name: /2단계/ }).click()
    await expect(note).toContainText('2단계')

    await page.keyboard.press('ArrowUp')
    await expect(note).toContainText('3단계')
    await expect(ladder.getByRole('tab', { name: /3단계/ })).toBeFocused()
    await page.keyboard.press('ArrowUp') // already on the top step
    await expect(note).toContainText('3단계')
    await page.keyboard.press('ArrowDown')
    await expect(note).toContainText('2단계')
    await page.keyboard.press('ArrowDown')
    await expect(note).toContainText('1단계')
    await expect(ladder.getByRole('tab', { name: /1단계/ })).toBeFocused()
    await expect(page.locator('article h1')).toHaveText('난이도 사다리: Container < VM < Kubernetes')
  })

  test('←/→ turn the chapter only when no dialog is open and focus is not in a control that uses arrows', async ({
    app,
  }) => {
    const { page } = app
    await openChapter(page, 'infra-stack')
    const title = page.locator('article h1')
    await expect(title).toHaveText('인프라를 이루는 아홉 개의 층')

    // In the search dialog, on a result: the arrows belong to the dialog.
    await page.keyboard.press('Control+k')
    await page.getByTestId('search-input').fill('가상화')
    await expect(page.getByTestId('search-results').locator('button').first()).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(page.getByTestId('search-results').locator('button').first()).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await afterKeyHandled(page)
    await expect(page).toHaveURL(/#\/chapter\/infra-stack$/)
    await expect(page.getByRole('dialog')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()
    await expect(title).toHaveText('인프라를 이루는 아홉 개의 층')

    // On an ordering item and on a button: still this chapter.
    const order = page.locator('[data-question="infra-stack-q2-layer-order"]')
    for (const control of [
      order.locator('.cp-order-handle').first(),
      order.locator('.cp-order-buttons button:not([disabled])').first(),
      page.getByTestId('open-search'),
    ]) {
      await control.focus()
      await page.keyboard.press('ArrowRight')
      await afterKeyHandled(page)
      await expect(page).toHaveURL(/#\/chapter\/infra-stack$/)
    }
    await expect(title).toHaveText('인프라를 이루는 아홉 개의 층')

    // Reading, with nothing focused: → turns to the next chapter.
    await page.locator('article p').first().click()
    await page.keyboard.press('ArrowRight')
    await expect(title).toHaveText('서비스 모델, 누가 어느 층을 관리할까')
  })
})
