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
})
