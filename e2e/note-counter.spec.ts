import { expect, test } from './fixtures'
import { notes, reader } from './pages'

const FAMILY = '👨‍👩‍👧‍👦'

test('the note counter counts an emoji as one character, and a note of 2,000 of them saves', async ({ app }) => {
  let page = app.page
  await reader.open(page, 'first')
  await notes.edit(page, 'intro')
  const input = notes.input(page, 'intro')
  const counter = notes.area(page, 'intro').locator('.sn-count')

  await input.fill('👍')
  await expect(counter).toHaveText('1 / 2000자')
  await input.fill(`좋아요 ${FAMILY}`)
  await expect(counter).toHaveText('5 / 2000자')

  await input.fill(FAMILY.repeat(2000))
  await expect(counter).toHaveText('2000 / 2000자')
  await notes.area(page, 'intro').getByTestId('save-note').click()
  await expect(notes.area(page, 'intro').getByTestId('note-text')).toBeVisible()

  await app.restart()
  page = app.page
  await expect(page.locator('article')).toHaveAttribute('data-ready', 'true')
  await expect(notes.area(page, 'intro').getByTestId('note-text')).toHaveText(FAMILY.repeat(2000))

  await notes.edit(page, 'intro')
  await page.keyboard.type('👍')
  await expect(notes.area(page, 'intro').locator('.sn-count')).toContainText('2001 / 2000자')
  await expect(notes.area(page, 'intro').getByTestId('save-note')).toBeDisabled()
})
