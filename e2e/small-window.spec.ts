import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { reader } from './pages'
import { SPRINT3_PACK } from '../test/support/packs'

/** The window's minimum size (src/main/window-options.ts). */
const SMALLEST = { width: 720, height: 520 }

const TEXT_SIZES = { ko: ['작게', '보통', '크게', '아주 크게'], en: ['Small', 'Normal', 'Large', 'Larger'] }
const VIEWS = [
  'dashboard',
  'chapter/service-models',
  'chapter/virtualization',
  'review',
  'notes',
  'stats',
  'settings',
  'glossary',
]

/**
 * What is wrong with the page on screen, in words: the page wider than the window, an element
 * sticking out of the card (a bordered, rounded box) it sits in, or a word of the header's
 * navigation broken over two lines ("대시보/드").
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}` +
      ` "${(el.textContent ?? '').trim().slice(0, 24)}"`
    if (document.documentElement.scrollWidth > window.innerWidth)
      problems.push(`page ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`)

    const isCard = (el: Element) => {
      const s = getComputedStyle(el)
      const bordered = ['Top', 'Right', 'Bottom', 'Left'].some(
        (side) =>
          s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
          parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
      )
      return bordered && parseFloat(s.borderTopLeftRadius) > 0
    }
    const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible'
    for (const el of document.querySelectorAll('main *')) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || el.closest('.visually-hidden, dialog:not([open])')) continue
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (clips(up)) break
        if (!isCard(up)) continue
        const card = up.getBoundingClientRect()
        if (box.right > card.right + 0.5 || box.left < card.left - 0.5)
          problems.push(
            `${name(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px in a card at ${Math.round(card.left)}–${Math.round(card.right)} px`,
          )
        break
      }
    }

    const header = document.querySelector('header')
    for (const el of header?.querySelectorAll('a, button') ?? []) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
          if (lines.size > 1) problems.push(`"${match[0]}" in the header breaks over ${lines.size} lines`)
        }
      }
    }
    return problems
  })
}

test.describe('the smallest window (Sprint 3)', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  test('every view at 720×520, at every text size, in Korean and English: nothing sticks out, nothing out of reach', async ({
    app,
  }) => {
    test.setTimeout(240_000)
    const { page } = app
    await page.setViewportSize(SMALLEST)
    const problems: string[] = []
    for (const locale of ['ko', 'en'] as const) {
      for (const [i, size] of TEXT_SIZES[locale].entries()) {
        await page.getByTestId('nav-settings').click()
        await page.getByTestId(`locale-${locale}`).check()
        await page.getByLabel(size, { exact: true }).check()
        await expect(page.getByLabel(size, { exact: true })).toBeChecked()
        for (const view of VIEWS) {
          const where = `${locale} · ${size} · ${view}`
          if (view.startsWith('chapter/')) await reader.open(page, view.slice('chapter/'.length))
          else {
            await page.goto(`${app.origin}/index.html#/${view === 'dashboard' ? '' : view}`)
            await expect(page.locator('main h1')).toBeVisible()
          }
          for (const problem of await layoutProblems(page)) problems.push(`${where}: ${problem}`)
          const header = await page.locator('header').boundingBox()
          // One row: the brand, menu and search side by side (two rows took 93–119 of 520 px).
          const centres = await page.locator('header > *').evaluateAll((items) =>
            items
              .map((el) => el.getBoundingClientRect())
              .filter((box) => box.height > 0)
              .map((box) => (box.top + box.bottom) / 2),
          )
          if (Math.max(...centres) - Math.min(...centres) > 4 || (header?.height ?? 0) > 88)
            problems.push(`${where}: the header takes ${Math.round(header?.height ?? 0)} of ${SMALLEST.height} px`)

          if (view.startsWith('chapter/')) {
            // The chapter's progress and completion rule, at the foot of the contents list: reachable.
            const rule = page.getByTestId('completion-rule')
            await rule.scrollIntoViewIfNeeded()
            const box = await rule.boundingBox()
            const top = (header?.y ?? 0) + (header?.height ?? 0)
            if (!box || box.y < top - 1 || box.y + box.height > SMALLEST.height + 1)
              problems.push(
                `${where}: the completion rule is out of reach (${Math.round(box?.y ?? 0)}–${Math.round((box?.y ?? 0) + (box?.height ?? 0))} px)`,
              )
          }
          if (i === TEXT_SIZES[locale].length - 1 || size === TEXT_SIZES[locale][2])
            await page.screenshot({ path: test.info().outputPath(`${locale}-${i}-${view.replace('/', '-')}.png`) })
        }
      }
    }
    expect(problems).toEqual([])
  })
})
