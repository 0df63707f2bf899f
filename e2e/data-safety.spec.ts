import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { dashboard, reader } from './pages'

/** The Settings "데이터" section, driven as a learner would; the file dialogs are the harness's fakes. */
test.beforeEach(({ app }) => {
  test.skip(!app.dialogs, 'Native file dialogs cannot be answered from a test; the harness fakes them.')
})

async function openSettings(page: import('@playwright/test').Page) {
  await page.getByTestId('nav-settings').click()
  await expect(page.getByRole('heading', { name: '데이터', exact: true })).toBeVisible()
}

test('export, reset, then import brings the progress back', async ({ app }) => {
  const { page } = app
  const dialogs = app.dialogs!
  await dashboard.chapter(page, 'first').getByRole('link').click()
  await reader.read(page, 'intro')
  await openSettings(page)

  dialogs.savePath = join(app.dataDir, 'my-progress.json')
  await page.getByTestId('data-export').click()
  await expect(page.getByTestId('data-export-result')).toContainText('my-progress.json')

  await page.getByTestId('reset-progress').click()
  await page.getByTestId('confirm-reset').click()
  await dashboard.open(page)
  await expect(dashboard.status(page, 'first')).toHaveAttribute('data-status', 'not-started')

  await openSettings(page)
  dialogs.openPath = dialogs.savePath
  await page.getByTestId('data-import').click()
  const preview = page.getByTestId('data-import-preview')
  await expect(preview).toContainText('my-progress.json')
  await expect(preview.locator('[data-table="section_reads"]')).toHaveText('읽은 섹션: 1')
  await page.getByTestId('data-import-replace').click()
  await expect(page.getByRole('dialog')).toContainText('바꿀까요')
  await page.getByTestId('data-confirm-import').click()
  await expect(page.getByTestId('data-import-result')).toContainText('가져왔습니다')
  await dashboard.open(page)
  await expect(dashboard.status(page, 'first')).toHaveAttribute('data-status', 'in-progress')
})

test('a file that is not a progress file is refused with a message, and nothing changes', async ({ app }) => {
  const { page } = app
  await openSettings(page)
  const bad = join(app.dataDir, 'holiday-photos.json')
  writeFileSync(bad, '{"format": "not ours", "version": 1}')
  app.dialogs!.openPath = bad
  await page.getByTestId('data-import').click()
  await expect(page.getByTestId('data-import-result')).toHaveAttribute('role', 'alert')
  await expect(page.getByTestId('data-import-result')).toContainText('가져올 수 없습니다')
  await expect(page.getByTestId('data-import-preview')).toHaveCount(0)
})

test('cancelling a dialog does nothing and says nothing', async ({ app }) => {
  const { page } = app
  await openSettings(page)
  await page.getByTestId('data-export').click()
  await page.getByTestId('data-import').click()
  await expect(page.getByTestId('data-export')).toBeEnabled()
  expect(app.dialogs!.asked).toEqual([
    expect.stringMatching(/^save:another-class-progress-mini-\d{4}-\d{2}-\d{2}\.json$/),
    'open',
  ])
  await expect(page.getByTestId('data-export-result')).toHaveCount(0)
  await expect(page.getByTestId('data-import-result')).toHaveCount(0)
})

test('Check data reports a sound database', async ({ app }) => {
  const { page } = app
  await openSettings(page)
  await page.getByTestId('data-check').click()
  await expect(page.getByTestId('data-check-result')).toHaveText('문제가 없습니다.')
})

test('a damaged database is replaced by the newest automatic backup, and the learner is told when it was from', async ({
  app,
}) => {
  const { page } = app
  await dashboard.chapter(page, 'first').getByRole('link').click()
  await reader.read(page, 'intro')
  const backups = join(app.dataDir, 'backups')
  // The restart's start-up backup holds the read mark.
  await app.restart()
  await expect.poll(() => readdirSync(backups).filter((n) => n.endsWith('.sqlite')).length).toBe(2)
  await app.restart(() => {
    writeFileSync(join(app.dataDir, 'progress.sqlite'), 'scrambled by a failing disk '.repeat(400))
  })
  // "…{date}에 만든 자동 백업으로 되돌렸습니다": the backup's date, in the learner's words.
  await expect(page.getByTestId('notice')).toContainText(`${new Date().getFullYear()}년`)
  await expect(page.getByTestId('notice')).toContainText('자동 백업으로 되돌렸습니다')
  await expect(page.getByTestId('notice')).toContainText('progress.sqlite.corrupt-')
  await dashboard.open(page)
  await expect(dashboard.status(page, 'first')).toHaveAttribute('data-status', 'in-progress')
})
