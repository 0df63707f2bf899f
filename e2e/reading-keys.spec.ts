import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { dashboard } from './pages'
import { SPRINT3_PACK } from '../test/support/packs'

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
  test.use({ packDirs: [SPRINT3_PACK] })

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

  test('focus follows the learner to the next chapter, the section jumped to or found, and the review page', async ({
    app,
  }) => {
    const { page } = app
    /** Whether the focused element is on screen (below nothing but the window's edges) and outside the contents list. */
    const focusOnScreen = () =>
      page.evaluate(() => {
        const el = document.activeElement
        if (!el || el === document.body) return 'nothing focused'
        const box = el.getBoundingClientRect()
        if (el.closest('nav.toc')) return 'in the table of contents'
        return box.top >= 0 && box.bottom <= window.innerHeight
          ? 'on screen'
          : `off screen at ${Math.round(box.top)} px`
      })

    // Entering a chapter from the dashboard: its title.
    await expect(dashboard.continueButton(page)).toHaveText('학습 시작하기')
    await dashboard.continueButton(page).click()
    await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
    await expect(page.getByRole('heading', { level: 1, name: '인프라를 이루는 아홉 개의 층' })).toBeFocused()

    // "다음 챕터 →" with the keyboard: the new chapter's title, and the next Tab stays near it.
    await page.getByTestId('next-chapter').focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
    await expect(page.getByRole('heading', { level: 1, name: '서비스 모델, 누가 어느 층을 관리할까' })).toBeFocused()
    await page.keyboard.press('Tab')
    expect(await focusOnScreen()).toBe('on screen')

    // A table-of-contents link: the section's heading, and Tab goes on inside the section.
    await page
      .getByRole('navigation', { name: '목차' })
      .getByRole('link', { name: 'PaaS: 코드와 데이터만 챙긴다' })
      .click()
    await expect(page.getByRole('heading', { level: 2, name: 'PaaS: 코드와 데이터만 챙긴다' })).toBeFocused()
    await page.keyboard.press('Tab')
    expect(await focusOnScreen()).toBe('on screen')

    // A search result: the section found, not the header's search button.
    await page.keyboard.press('Control+k')
    await page.getByTestId('search-input').fill('하이퍼바이저')
    const result = page.getByTestId('search-results').locator('button').first()
    await expect(result).toBeVisible()
    const [chapterId, sectionId] = ((await result.getAttribute('data-section')) ?? '').split('#')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`#/chapter/${chapterId}\\?section=${sectionId}`))
    await expect(page.locator(`section[data-section-id="${sectionId}"] > h2`)).toBeFocused()

    // The review page and the dashboard: their titles, in view although the chapter was scrolled down.
    await page.getByTestId('nav-review').click()
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    await page.goBack()
    await expect(page.locator(`section[data-section-id="${sectionId}"] > h2`)).toBeFocused()
    await page.getByRole('link', { name: '대시보드', exact: true }).click()
    const title = page.getByRole('heading', { level: 1 })
    await expect(title).toBeFocused()
    await expect(title).toBeInViewport({ ratio: 1 })
    // Leaving for it kept the reading place: "이어서 학습하기" goes back to the section found.
    await dashboard.continueButton(page).click()
    await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
    await expect(page.locator(`section[data-section-id="${sectionId}"] > h2`)).toBeInViewport()
  })

  test('after a long answer submitted by keyboard, the verdict is on screen below the header and announced', async ({
    app,
  }) => {
    const { page } = app
    await openChapter(page, 'service-models')
    const card = page.locator('[data-question="service-models-q2-iaas-matching"]')
    const mine = ['어플리케이션', '데이터', '런타임', '미들웨어', '운영체제']
    for (const layer of [...mine, '가상화', '서버', '스토리지', '네트워킹']) {
      await card.getByLabel(layer, { exact: true }).selectOption({ label: mine.includes(layer) ? '사용자' : '제공자' })
    }
    await card.locator('.cp-submit').focus()
    await page.keyboard.press('Enter')

    const verdict = card.locator('.cp-verdict')
    await expect(verdict).toHaveText(/정답이에요!/)
    await expect(verdict).toHaveRole('status')
    await expect(card.getByTestId('feedback')).toBeFocused()
    const place = await verdict.evaluate((el) => {
      const box = el.getBoundingClientRect()
      // What the header hides: a top bar over the page, nothing beside a wide window's sidebar.
      const header = document.querySelector('header')?.getBoundingClientRect()
      const main = document.getElementById('main')?.getBoundingClientRect()
      const covered = header && main && header.right > main.left + 1 ? header.bottom : 0
      return { top: box.top, bottom: box.bottom, header: covered }
    })
    expect(place.top).toBeGreaterThanOrEqual(place.header)
    expect(place.bottom).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0)
  })
})
