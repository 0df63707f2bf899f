import { SPRINT3_PACK } from '../test/support/packs'
import { expect, test } from './fixtures'
import { reader } from './pages'

test.describe('the living glossary over the Sprint 3 course', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  test('the 용어집 page lists every term, filters as the learner types and links to where it is taught', async ({
    app,
  }) => {
    const { page } = app
    await page.getByTestId('nav-glossary').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('용어집')
    const entries = page.getByTestId('glossary-entry')
    await expect(entries).toHaveCount(63)
    await expect(page.getByTestId('glossary-count')).toHaveText('용어 63개')

    // Grouped by chapter first, then by initial: ㄱㄴㄷ before ABC.
    await expect(page.getByTestId('glossary-group').first().getByRole('heading')).toHaveText(
      '인프라를 이루는 아홉 개의 층',
    )
    await page.getByTestId('group-alphabet').check()
    const initials = await page.getByTestId('glossary-group').getByRole('heading').allTextContents()
    expect(initials[0]).toBe('ㄱ')
    expect(initials.indexOf('ㅎ')).toBeGreaterThan(0)
    expect(initials.indexOf('ㅎ')).toBeLessThan(initials.indexOf('D'))

    // Filtering uses search's normalisation: case and spacing do not matter; aliases count.
    const filter = page.getByTestId('glossary-filter')
    await filter.fill('하이퍼 바이저')
    await expect(entries.first()).toContainText('하이퍼바이저')
    await filter.fill('vmm')
    await expect(entries).toHaveCount(1)
    await expect(entries).toContainText('Hypervisor')
    await expect(entries).toContainText('VMM')
    await filter.fill('없는말')
    await expect(entries).toHaveCount(0)
    await expect(page.getByTestId('glossary-count')).toHaveText('"없는말"에 맞는 용어가 없어요. 다른 말로 찾아보세요.')

    await filter.fill('하이퍼바이저')
    const hypervisor = page.locator('#term-hypervisor')
    await hypervisor.getByTestId('glossary-section-link').click()
    await expect(page.locator('article h1')).toContainText('가상화')
    expect(page.url()).toMatch(/#\/chapter\/virtualization\?section=[a-z-]+/)
    const sectionId = new URL(page.url().replace('#/', '')).searchParams.get('section')
    await expect(reader.section(page, sectionId ?? '').locator('[data-term="hypervisor"]')).toBeInViewport()
  })

  test('a term in the text explains itself on keyboard focus; Escape closes it, Enter opens the glossary', async ({
    app,
  }) => {
    const { page } = app
    await reader.open(page, 'virtualization')
    const term = page.locator('[data-term="hypervisor"]').first()
    await expect(term).toHaveAttribute('tabindex', '0')

    // Screen readers hear the definition as the word's description.
    const definition = await page.evaluate(() => {
      const word = document.querySelector('[data-term="hypervisor"]')
      return document.getElementById(word?.getAttribute('aria-describedby') ?? '')?.textContent?.trim()
    })
    expect(definition).toContain('가상 머신')

    await term.focus()
    const popover = page.getByTestId('term-popover')
    await expect(popover).toBeVisible()
    await expect(popover).toContainText(definition ?? '')
    await expect(popover.getByTestId('term-popover-link')).toHaveText('용어집에서 보기')
    await page.keyboard.press('Escape')
    await expect(popover).toBeHidden()
    await expect(term).toBeFocused()

    // Pointing at another word shows its definition instead.
    const other = page.locator('[data-term]:not([data-term="hypervisor"])').first()
    await other.scrollIntoViewIfNeeded()
    await other.hover()
    await expect(popover).toBeVisible()
    await expect(popover).not.toContainText(definition ?? '')

    // Headings and code are never marked.
    await expect(page.locator('h1 [data-term], h2 [data-term], h3 [data-term], code [data-term]')).toHaveCount(0)

    await term.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('용어집')
    await expect(page.locator('#term-hypervisor')).toBeFocused()
  })

  test('after opting in, terms of opened chapters come to review and are rated by recall', async ({ app }) => {
    const { page } = app
    // Off by default: opening a chapter adds no term to review.
    await reader.open(page, 'infra-stack')
    await reader.read(page, 'why-layers')
    await page.getByTestId('nav-review').click()
    await expect(page.getByTestId('review-empty')).toContainText('지금 복습할 문제가 없어요')

    await page.getByTestId('nav-settings').click()
    const setting = page.getByTestId('glossary-review-setting')
    await expect(setting).not.toBeChecked()
    await setting.check()
    await expect(page.getByText('하루 5개까지')).toBeVisible()

    await page.getByTestId('nav-review').click()
    await expect(page.getByTestId('review-position')).toHaveText('용어 5개 중 1번째')
    const card = page.getByTestId('term-review-card')
    await expect(card.getByTestId('term-review-term')).toContainText('인프라 스택')
    await expect(card.getByTestId('term-definition')).toHaveCount(0)
    await card.getByTestId('term-reveal').click()
    await expect(card.getByTestId('term-definition')).toBeFocused()
    await expect(card.getByTestId('term-definition')).toContainText('아홉 개의 층')
    await expect(card.getByRole('button', { name: '헷갈려요' })).toBeVisible()
    await expect(card.getByRole('button', { name: '몰랐어요' })).toBeVisible()
    await card.getByRole('button', { name: '알았어요' }).click()
    await expect(card.getByTestId('term-schedule')).toContainText('다음 복습:')
    await card.getByTestId('term-next').click()
    await expect(page.getByTestId('review-position')).toHaveText('용어 5개 중 2번째')

    // The rated card stays scheduled after a restart; the other four are still due today.
    await app.restart()
    await app.page.getByTestId('nav-review').click()
    await expect(app.page.getByTestId('review-position')).toHaveText('용어 4개 중 1번째')
  })
})
