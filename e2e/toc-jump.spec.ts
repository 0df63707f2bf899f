import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { dashboard } from './pages'
import { SPRINT3_PACK } from '../test/support/packs'

/**
 * How far the heading's top is below the reading area's top: the bottom of the sticky header where
 * it lies over the page (a narrow window's top bar), the window's top beside a wide window's sidebar.
 */
function headingBelowHeader(page: Page, title: string): Promise<number> {
  return page.evaluate((text) => {
    const heading = [...document.querySelectorAll('article section > h2')].find((h) => h.textContent?.trim() === text)
    const header = document.querySelector('header')?.getBoundingClientRect()
    const main = document.getElementById('main')?.getBoundingClientRect()
    if (!heading || !header || !main) return Number.NaN
    const covered = header.right > main.left + 1 ? header.bottom : 0
    return heading.getBoundingClientRect().top - covered
  }, title)
}

/** Opens a chapter fresh from the dashboard and follows one of its table-of-contents links. */
async function jumpFromToc(page: Page, chapterId: string, link: number): Promise<string> {
  await dashboard.open(page)
  await dashboard.chapter(page, chapterId).getByRole('link').click()
  await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
  const toc = page.getByRole('navigation', { name: '목차' }).getByRole('link').nth(link)
  const title = (await toc.textContent())?.trim() ?? ''
  await toc.click()
  return title
}

/** The heading lands at the top of the reading area, a few pixels below the header, and stays. */
async function expectAtReadingTop(page: Page, title: string): Promise<void> {
  const near = (px: number) => px >= 0 && px <= 16
  await expect.poll(() => headingBelowHeader(page, title).then(near), { message: title }).toBe(true)
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))))
  expect(near(await headingBelowHeader(page, title)), title).toBe(true)
}

test.describe('table of contents (Sprint 3)', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  for (const size of [
    { width: 1280, height: 800, text: '보통' },
    { width: 720, height: 520, text: '아주 크게' },
  ]) {
    test(`a link on a freshly opened chapter lands on its heading (${size.width}×${size.height}, ${size.text})`, async ({
      app,
    }) => {
      const { page } = app
      await page.setViewportSize({ width: size.width, height: size.height })
      await page.getByTestId('nav-settings').click()
      await page.getByLabel(size.text, { exact: true }).check()
      await expect(page.getByLabel(size.text, { exact: true })).toBeChecked()

      const paas = await jumpFromToc(page, 'service-models', 3)
      expect(paas).toBe('PaaS: 코드와 데이터만 챙긴다')
      await expectAtReadingTop(page, paas)

      await expectAtReadingTop(page, await jumpFromToc(page, 'people-and-roles', 3))
      // A jump back up a chapter whose lower sections have been laid out meanwhile.
      const first = (await page.getByRole('navigation', { name: '목차' }).getByRole('link').first().textContent()) ?? ''
      await page.getByRole('navigation', { name: '목차' }).getByRole('link').first().click()
      await expectAtReadingTop(page, first.trim())
    })
  }
})
