import { expect, test } from './fixtures'
import { dashboard, notes, reader } from './pages'

test('a note half written is still there after Escape, going elsewhere and a restart', async ({ app }) => {
  let page = app.page
  await reader.open(page, 'first')
  await notes.edit(page, 'intro')
  await notes.input(page, 'intro').fill('운영체제 위에서 앱이')
  await page.keyboard.press('Escape')
  await expect(notes.input(page, 'intro')).toBeHidden()

  // Reopened: the text is there, and the learner writes on.
  await notes.edit(page, 'intro')
  await expect(notes.input(page, 'intro')).toHaveValue('운영체제 위에서 앱이')
  await notes.input(page, 'intro').press('End')
  await page.keyboard.type(' 돈다')

  // Off to the dashboard in the middle of the sentence, then back.
  await dashboard.open(page)
  await reader.open(page, 'first')
  await expect(notes.area(page, 'intro')).toContainText('저장하지 않은 메모')
  await notes.edit(page, 'intro')
  await expect(notes.input(page, 'intro')).toHaveValue('운영체제 위에서 앱이 돈다')

  // And across a restart; saving it makes it the note, with no draft left behind.
  await app.restart()
  page = app.page
  await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
  await notes.edit(page, 'intro')
  await expect(notes.input(page, 'intro')).toHaveValue('운영체제 위에서 앱이 돈다')
  await notes.area(page, 'intro').getByTestId('save-note').click()
  await expect(notes.area(page, 'intro').getByTestId('note-text')).toHaveText('운영체제 위에서 앱이 돈다')
  await app.restart()
  page = app.page
  await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
  await expect(notes.area(page, 'intro').getByTestId('note-text')).toHaveText('운영체제 위에서 앱이 돈다')
  await expect(notes.area(page, 'intro')).not.toContainText('저장하지 않은 메모')
})
