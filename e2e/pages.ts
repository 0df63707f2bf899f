import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** Locators and actions a learner uses, so specs read as the learner's journey. */
export const dashboard = {
  chapter: (page: Page, id: string) => page.locator(`[data-chapter="${id}"]`),
  status: (page: Page, id: string) => page.locator(`[data-chapter="${id}"] .status`),
  percent: (page: Page) => page.getByTestId('overall-percent'),
  continueButton: (page: Page) => page.getByTestId('continue'),
  async open(page: Page) {
    await page.getByRole('link', { name: /^(대시보드|Dashboard)$/ }).click()
    await expect(page.getByTestId('overall-percent')).toBeVisible()
  },
}

export const reader = {
  /** Opens a chapter by address, the way a reload or a link does, and waits until it is shown. */
  async open(page: Page, chapterId: string) {
    await page.goto(`${new URL(page.url()).origin}/index.html#/chapter/${chapterId}`)
    await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
  },
  section: (page: Page, id: string) => page.locator(`section[data-section-id="${id}"]`),
  tocMark: (page: Page, id: string) => page.locator(`[data-toc="${id}"] .mark`),
  question: (page: Page, id: string) => page.locator(`[data-question="${id}"]`),
  /** Reads a section the way a learner does: brings its heading to the top and stays a while. */
  async read(page: Page, sectionId: string) {
    await page
      .locator(`section[data-section-id="${sectionId}"] > h2`)
      .evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await expect(page.locator(`[data-toc="${sectionId}"] .mark`)).toHaveAttribute('data-read', 'true', {
      timeout: 15_000,
    })
  },
  /**
   * Leaves the chapter on screen for the next one (`leave` scrolls, turns the chapter and returns
   * the place it scrolled to), stays past the 400 ms a save on a timer would wait (it would then
   * measure the wrong chapter), comes back with ← and expects the learner at that place.
   */
  async roundTripKeepsPlace(page: Page, nextTitle: string, leave: () => Promise<number>) {
    const title = await page.locator('article h1').innerText()
    const savedAt = await leave()
    await expect(page.locator('article h1')).toHaveText(nextTitle)
    await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
    await page.waitForTimeout(800)
    await page.locator('body').press('ArrowLeft')
    await expect(page.locator('article h1')).toHaveText(title)
    await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(savedAt)
  },
}

export const checkpoint = {
  async chooseOption(card: Locator, text: string) {
    await card
      .locator('.cp-option')
      .filter({ has: card.page().locator('.cp-option-text', { hasText: new RegExp(`^${text}$`) }) })
      .locator('input')
      .check()
  },
  async submit(card: Locator) {
    await card.locator('.cp-submit').click()
  },
  /** Puts an ordering question's items into `texts` order with the keyboard only (Alt+↑). */
  async orderWithKeyboard(card: Locator, texts: string[]) {
    for (let target = 0; target < texts.length; target++) {
      const current = await card.locator('.cp-order-handle .cp-option-text').allTextContents()
      const from = current.indexOf(texts[target] ?? '')
      expect(from).toBeGreaterThanOrEqual(target)
      const handle = card.locator('.cp-order-handle').nth(from)
      await handle.focus()
      for (let i = from; i > target; i--) await handle.page().keyboard.press('Alt+ArrowUp')
    }
    await expect(card.locator('.cp-order-handle .cp-option-text')).toHaveText(texts)
  },
}

export const stats = {
  async open(page: Page) {
    await page.getByRole('link', { name: /통계|Stats/ }).click()
    await expect(page.getByTestId('accuracy')).toBeVisible()
  },
  answeredIn: (page: Page, chapterId: string) =>
    page.getByTestId('accuracy').locator(`tr[data-chapter="${chapterId}"] td`).nth(0),
  correctIn: (page: Page, chapterId: string) =>
    page.getByTestId('accuracy').locator(`tr[data-chapter="${chapterId}"] td`).nth(1),
  rateIn: (page: Page, chapterId: string) =>
    page.getByTestId('accuracy').locator(`tr[data-chapter="${chapterId}"] [data-testid="accuracy-rate"]`),
  totalAnswered: (page: Page) => page.getByTestId('total-answered'),
  totalMinutes: (page: Page) => page.getByTestId('total-minutes'),
}

export const notes = {
  area: (page: Page, sectionId: string) => page.locator(`[data-notes-for="${sectionId}"]`),
  input: (page: Page, sectionId: string) => page.locator(`[data-notes-for="${sectionId}"] [data-testid="note-input"]`),
  /** Opens the section's note editor (to write, edit or continue a note). */
  async edit(page: Page, sectionId: string) {
    await page.locator(`[data-notes-for="${sectionId}"] [data-testid="edit-note"]`).click()
    await expect(page.locator(`[data-notes-for="${sectionId}"] [data-testid="note-input"]`)).toBeFocused()
  },
}
