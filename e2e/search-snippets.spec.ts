import { expect, test } from './fixtures'
import { SPRINT3_PACK } from '../test/support/packs'

test.describe('search snippets', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  test('read like the chapter: a bold word keeps its particle and its full stop', async ({ app }) => {
    const { page } = app
    await expect(page.getByTestId('overall-percent')).toBeVisible()
    await page.keyboard.press('Control+k')
    const input = page.getByTestId('search-input')
    const results = page.getByTestId('search-results')

    await input.fill('가상화')
    await expect(results).toContainText('가상화는 이 사이의 문제를')
    await input.fill('플랫폼')
    await expect(results).toContainText('플랫폼을 서비스로')
    await input.fill('Kubernetes')
    await expect(results).toContainText('Container, VM, Kubernetes.')
    await expect(results).not.toContainText('Kubernetes .')
  })
})
