import { expect, test } from './fixtures'

test.describe('a database file that is not SQLite', () => {
  test.use({ seedFiles: { 'progress.sqlite': 'this is not a database, just text'.repeat(200) } })

  test('is set aside and the learner is told, never a blank window', async ({ app }) => {
    const { page } = app
    await expect(page.getByTestId('notice')).toContainText('progress.sqlite.corrupt-')
    await expect(page.getByTestId('overall-percent')).toHaveText('0%')
  })
})
