import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { checkpoint, reader } from './pages'
import { SPRINT3_PACK, fixturePack } from '../test/support/packs'

const BROKEN = fixturePack('broken-no-manifest')

/**
 * Serious and critical axe violations on the page as it is now, named for the failure message.
 * Every rule runs on the whole page; two settings only make each run ~4× cheaper. Legacy mode runs
 * axe in the page itself instead of sending every node's result to a blank page opened to merge
 * them (that merge exists for cross-origin frames, and the app has no frames). `resultTypes` keeps
 * every violating node but only one node per passing rule, so no selector is built for the rest.
 */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    )
}

test.describe('accessibility of every view', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  for (const theme of ['light', 'dark'] as const) {
    test(`no serious or critical axe violations (${theme})`, async ({ app }) => {
      // Eighteen axe runs, seven over whole chapters: the longest test here on a busy machine.
      test.slow()
      const { page } = app
      await page.getByTestId('nav-settings').click()
      await page.getByTestId(`theme-${theme}`).check()
      expect(await seriousViolations(page), 'settings').toEqual([])
      await page.getByTestId('reset-progress').click()
      await expect(page.locator('dialog[open]')).toBeVisible()
      expect(await seriousViolations(page), 'reset dialog').toEqual([])
      await page.keyboard.press('Escape')
      await page.getByTestId('backup-restore').first().click()
      await expect(page.locator('dialog[open]')).toBeVisible()
      expect(await seriousViolations(page), 'restore-backup dialog').toEqual([])
      await page.keyboard.press('Escape')

      await page.getByRole('link', { name: '대시보드' }).click()
      await expect(page.locator('.chapters li')).toHaveCount(7)
      expect(await seriousViolations(page), 'dashboard').toEqual([])
      await page.keyboard.press('Control+k')
      await page.getByTestId('search-input').fill('가상화')
      await expect(page.getByTestId('search-results')).toBeVisible()
      expect(await seriousViolations(page), 'search dialog').toEqual([])
      await page.getByTestId('search-input').fill('커넬')
      await expect(page.getByTestId('search-suggestions')).toBeVisible()
      expect(await seriousViolations(page), 'search suggestion').toEqual([])
      await page.keyboard.press('Escape')

      for (const chapterId of [
        'infra-stack',
        'service-models',
        'virtualization',
        'container-advantages',
        'difficulty',
        'people-and-roles',
        'kubernetes-tradeoffs',
      ]) {
        await reader.open(page, chapterId)
        expect(await seriousViolations(page), `chapter ${chapterId}`).toEqual([])
      }

      // Feedback after an answer, and every diagram's text alternative shown as a table.
      await reader.open(page, 'service-models')
      const card = page.locator('.checkpoint-card[data-type="single"]').first()
      await card.locator('input').first().check()
      await checkpoint.submit(card)
      for (const toggle of await page.locator('figure[data-diagram] button[aria-expanded="false"]').all())
        await toggle.click()
      expect(await seriousViolations(page), 'feedback and diagram tables').toEqual([])

      // Review, notes and stats, each with something in it: a missed question, a note, study.
      await reader.open(page, 'infra-stack')
      const missed = page.locator('[data-question="infra-stack-q1-bottom-layer"]')
      await missed.locator('input[value="b"]').check()
      await checkpoint.submit(missed)
      const notes = page.locator('[data-notes-for="hardware-layers"]')
      await notes.getByTestId('bookmark').click()
      await notes.getByTestId('edit-note').click()
      await notes.getByTestId('note-input').fill('네트워킹이 맨 아래')
      expect(await seriousViolations(page), 'note editor').toEqual([])
      await notes.getByTestId('save-note').click()
      await page.getByTestId('nav-review').click()
      // Options are shown shuffled, so the feedback step above may have missed a question too:
      // whichever missed question comes first is on screen.
      await expect(page.locator('main [data-question]').first()).toBeVisible()
      expect(await seriousViolations(page), 'review').toEqual([])
      await page.getByTestId('nav-notes').click()
      await expect(page.locator('li[data-note]')).toHaveCount(1)
      expect(await seriousViolations(page), 'notes').toEqual([])
      await page.getByTestId('nav-stats').click()
      await page.getByTestId('heatmap-toggle').click()
      await expect(page.getByTestId('heatmap-table')).toBeVisible()
      expect(await seriousViolations(page), 'stats with its table shown').toEqual([])
    })
  }
})

test.describe('accessibility of the glossary', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  for (const theme of ['light', 'dark'] as const) {
    test(`the 용어집 page, a term popover and a glossary card (${theme})`, async ({ app }) => {
      // Four axe runs, one over a long page and one over a whole chapter: slow on a busy machine.
      test.slow()
      const { page } = app
      await page.getByTestId('nav-settings').click()
      await page.getByTestId(`theme-${theme}`).check()
      await page.getByTestId('glossary-review-setting').check()
      await page.getByTestId('nav-glossary').click()
      await expect(page.getByTestId('glossary-entry')).toHaveCount(63)
      expect(await seriousViolations(page), 'glossary page').toEqual([])
      await page.getByTestId('group-alphabet').check()
      await page.getByTestId('glossary-filter').fill('컨테이너')
      expect(await seriousViolations(page), 'glossary filtered, by initial').toEqual([])

      await reader.open(page, 'virtualization')
      await page.locator('[data-term="hypervisor"]').first().focus()
      await expect(page.getByTestId('term-popover')).toBeVisible()
      expect(await seriousViolations(page), 'term popover').toEqual([])

      await page.getByTestId('nav-review').click()
      await page.getByTestId('term-reveal').click()
      await expect(page.getByTestId('term-definition')).toBeVisible()
      expect(await seriousViolations(page), 'glossary card revealed').toEqual([])
    })
  }
})

test.describe('accessibility of the final check and the course end', () => {
  test('no serious or critical axe violations', async ({ app }) => {
    const { page } = app
    await reader.open(page, 'first')
    await reader.read(page, 'intro')
    await reader.open(page, 'second')
    await expect(page.getByTestId('course-end')).toBeVisible()
    expect(await seriousViolations(page), 'course end').toEqual([])
    await page.getByTestId('course-end-final-check').click()
    const tf = page.locator('[data-final-item="q-final-tf"]')
    await tf.locator('[data-option="true"]').click()
    await checkpoint.submit(tf)
    await expect(tf.locator('.checkpoint-card')).toHaveAttribute('data-state', 'answered-wrong')
    expect(await seriousViolations(page), 'final check with feedback').toEqual([])
    await page.getByRole('link', { name: '대시보드로' }).click()
    await expect(page.getByTestId('final-check-card')).toBeVisible()
    expect(await seriousViolations(page), 'dashboard with the final check').toEqual([])
  })
})

test.describe('accessibility of the error states', () => {
  test.use({ packDirs: [BROKEN], seedFiles: { 'progress.sqlite': 'not a database' } })

  test('a broken pack and a reset database are announced accessibly', async ({ app }) => {
    const { page } = app
    await expect(page.getByRole('alert')).toBeVisible()
    await expect(page.getByTestId('notice')).toHaveCount(2)
    expect(await seriousViolations(page)).toEqual([])
  })
})

test.describe('accessibility of the printable summary', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  for (const theme of ['light', 'dark'] as const) {
    test(`no serious or critical axe violations (${theme})`, async ({ app }) => {
      // Writes a note and answers before two axe runs: longer than most tests on a busy machine.
      test.slow()
      const { page } = app
      await page.getByTestId('nav-settings').click()
      await page.getByTestId(`theme-${theme}`).check()
      // A note with a bookmark and a missed question, so every part of the sheet is there.
      await reader.open(page, 'infra-stack')
      const missed = page.locator('[data-question="infra-stack-q1-bottom-layer"]')
      await missed.locator('input[value="b"]').check()
      await checkpoint.submit(missed)
      const notes = page.locator('[data-notes-for="hardware-layers"]')
      await notes.getByTestId('bookmark').click()
      await notes.getByTestId('edit-note').click()
      await notes.getByTestId('note-input').fill('네트워킹이 맨 아래')
      await notes.getByTestId('save-note').click()
      await page.getByTestId('nav-notes').click()
      await page.getByTestId('notes-summary-link').click()
      await expect(page.locator('[data-testid="summary-view"] [data-question]').first()).toBeVisible()
      await expect(page.getByTestId('summary-note')).toBeVisible()
      expect(await seriousViolations(page), 'summary').toEqual([])
      await page.emulateMedia({ media: 'print' })
      expect(await seriousViolations(page), 'summary as printed').toEqual([])
    })
  }
})
