import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { checkpoint, dashboard, reader } from './pages'

/** Settings → 데이터 → 백업: the list, restoring a chosen backup, the data folder. */
test.beforeEach(({ app }) => {
  test.skip(!app.dialogs, 'Opening the data folder is recorded only by the harness’s fake desktop.')
})

async function finishFirstChapter(page: Page) {
  await reader.open(page, 'first')
  for (const id of ['intro', 'body', 'summary']) await reader.read(page, id)
  const single = reader.question(page, 'q-first-single')
  await checkpoint.chooseOption(single, '운영체제')
  await checkpoint.submit(single)
  const order = reader.question(page, 'q-first-order')
  await checkpoint.orderWithKeyboard(order, ['서버', '운영체제', '앱'])
  await checkpoint.submit(order)
  await expect(page.getByTestId('completion-rule')).toContainText('이 챕터를 완료했어요')
}

async function openBackups(page: Page) {
  await page.getByTestId('nav-settings').click()
  await expect(page.getByRole('heading', { name: '백업', exact: true })).toBeVisible()
  await expect(page.getByTestId('backup-item').first()).toBeVisible()
}

const item = (page: Page, reason: string) => page.getByTestId('backup-item').filter({ hasText: reason })

test('the list says when, why and what each backup holds; restoring one brings its state back', async ({ app }) => {
  const { page } = app
  await finishFirstChapter(page)
  await openBackups(page)
  await page.getByTestId('reset-progress').click()
  await page.getByTestId('confirm-reset').click()
  await dashboard.open(page)
  await expect(dashboard.status(page, 'first')).toHaveAttribute('data-status', 'not-started')

  await openBackups(page)
  // Newest first: the one taken before the reset holds the finished chapter; the start-up one, nothing yet.
  await expect(page.getByTestId('backup-reason')).toHaveText(['초기화 전', '앱을 시작할 때'])
  await expect(item(page, '초기화 전').getByTestId('backup-contents')).toHaveText(
    '완료한 챕터 1/2 · 답한 문제 2개 · 메모 0개',
  )
  await expect(item(page, '앱을 시작할 때').getByTestId('backup-contents')).toHaveText(
    '완료한 챕터 0/2 · 답한 문제 0개 · 메모 0개',
  )
  await expect(item(page, '초기화 전')).toContainText(`${new Date().getFullYear()}년`)
  await expect(item(page, '초기화 전')).toContainText(/\d+\s?kB/i)

  await item(page, '초기화 전').getByTestId('backup-restore').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('백업으로 되돌릴까요?')
  await expect(dialog.getByRole('button', { name: '취소' })).toBeFocused()
  await dialog.getByTestId('backups-confirm-restore').click()

  // The page reloads on the restored database and says what happened.
  await expect(page.getByTestId('backups-result')).toContainText('되돌렸습니다')
  await expect(page.getByTestId('backups-result')).toContainText(/progress-\d{8}T\d{6}Z(-\d+)?-restore\.sqlite/)
  await expect(page.getByTestId('backup-reason').first()).toHaveText('되돌리기 전')
  await expect(item(page, '되돌리기 전').getByTestId('backup-contents')).toContainText('답한 문제 0개')
  await dashboard.open(page)
  await expect(dashboard.status(page, 'first')).toHaveAttribute('data-status', 'complete')
  expect(readdirSync(join(app.dataDir, 'backups')).filter((n) => n.endsWith('-restore.sqlite'))).toHaveLength(1)
})

test('a damaged backup is marked, and one damaged after listing is refused with nothing changed', async ({ app }) => {
  const { page } = app
  const backups = join(app.dataDir, 'backups')
  await expect.poll(() => readdirSync(backups).length).toBe(1)
  writeFileSync(join(backups, 'progress-20260101T090000Z.sqlite'), 'not a database '.repeat(300))
  await reader.open(page, 'first')
  await reader.read(page, 'intro')
  await openBackups(page)
  // An older name carries no reason; a damaged file offers no restore.
  const damaged = item(page, '알 수 없음')
  await expect(damaged.getByTestId('backup-contents')).toHaveText('손상된 백업이라 되돌릴 수 없습니다.')
  await expect(damaged.getByTestId('backup-restore')).toHaveCount(0)

  // The start-up backup goes bad between the list and the click.
  const startup = readdirSync(backups).find((n) => n.endsWith('-startup.sqlite'))!
  await item(page, '앱을 시작할 때').getByTestId('backup-restore').click()
  writeFileSync(join(backups, startup), 'SQLite format 3\0'.padEnd(8192, '#'))
  await page.getByTestId('backups-confirm-restore').click()
  await expect(page.getByTestId('backups-result')).toHaveAttribute('role', 'alert')
  await expect(page.getByTestId('backups-result')).toContainText('되돌리지 않았습니다. 아무것도 바뀌지 않았습니다.')
  expect(readdirSync(backups).some((n) => n.endsWith('-restore.sqlite'))).toBe(false)
  await dashboard.open(page)
  await expect(dashboard.status(page, 'first')).toHaveAttribute('data-status', 'in-progress')
})

test('데이터 폴더 열기 hands the data folder to the desktop', async ({ app }) => {
  const { page } = app
  await openBackups(page)
  await page.getByTestId('open-data-folder').click()
  await expect.poll(() => app.dialogs!.openedFolders).toEqual([app.dataDir])
  await expect(page.getByTestId('backups-result')).toHaveCount(0)
})
