import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { FAKE_PDF } from '../test/support/fake-dialogs'
import { SPRINT3_PACK } from '../test/support/packs'
import { expect, test } from './fixtures'
import { checkpoint, notes, reader } from './pages'

const SHOTS = resolve(__dirname, 'screenshots')
const NOTE = 'VM마다 자기 OS가 있다 — *별표*도 그대로'

test.describe('notes to take away, over the Sprint 3 course', () => {
  test.use({ packDirs: [SPRINT3_PACK] })

  test('notes export as Markdown, and the summary shows the note and the missed question with its answer', async ({
    app,
  }) => {
    test.skip(!app.dialogs, 'the fake save dialog and printer exist in the harness only')
    const dialogs = app.dialogs!
    const { page } = app

    // A note with a bookmark, a bookmark alone, and a missed checkpoint question.
    await reader.open(page, 'infra-stack')
    const os = notes.area(page, 'virtualization-os')
    await os.scrollIntoViewIfNeeded()
    await os.getByTestId('bookmark').click()
    await notes.edit(page, 'virtualization-os')
    await notes.input(page, 'virtualization-os').fill(NOTE)
    await os.getByTestId('save-note').click()
    await notes.area(page, 'why-layers').getByTestId('bookmark').click()
    const question = reader.question(page, 'infra-stack-q4-os-above-virtualization')
    await question.locator('label[data-option="true"]').click()
    await checkpoint.submit(question)
    await expect(question).toHaveAttribute('data-state', 'answered-wrong')

    // Export: the save dialog gets a Markdown file holding them.
    await page.getByTestId('nav-notes').click()
    dialogs.savePath = join(app.dataDir, 'my-notes.md')
    await page.getByTestId('export-notes').click()
    await expect(page.getByTestId('export-notes-status')).toContainText('my-notes.md')
    expect(dialogs.asked.at(-1)).toMatch(/^save:another-class-notes-k8s-another-class-sprint-3-\d{4}-\d{2}-\d{2}\.md$/)
    const markdown = readFileSync(dialogs.savePath, 'utf8')
    expect(markdown).toContain('## 인프라를 이루는 아홉 개의 층')
    expect(markdown).toContain('### 북마크\n\n- 왜 층으로 나눠 볼까\n- 가상화와 운영체제')
    expect(markdown).toContain(
      '### 가상화와 운영체제\n\n> 가상화(Virtualization) 층은 물리 서버 한 대를 여러 대의 가상 머신(VM)으로 나누어 쓰게 해 줍니다.\n\n',
    )
    expect(markdown).toContain('VM마다 자기 OS가 있다 — \\*별표\\*도 그대로')

    // The summary: reachable from the notes page, with the note and the missed question's answer.
    await page.getByTestId('notes-summary-link').click()
    await expect(page.locator('main h1')).toHaveText('나만의 한방정리')
    const section = page.locator('[data-chapter="infra-stack"] [data-section="virtualization-os"]')
    await expect(section.getByTestId('summary-note')).toContainText(NOTE)
    const missed = section.locator('[data-question="infra-stack-q4-os-above-virtualization"]')
    await expect(missed).toContainText('운영체제(O/S) 층은 가상화 층보다 아래에 있습니다')
    await expect(missed).toContainText('X (아니에요)')
    await expect(missed).toContainText('운영체제는 가상화 바로 위에 있으며')
    await expect(page.locator('[data-chapter="infra-stack"] .objectives li')).toHaveCount(3)

    // Print media: the navigation and the buttons are gone, the sheet is black on white.
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.app-header')).toBeHidden()
    await expect(page.getByTestId('save-summary-pdf')).toBeHidden()
    await expect(section.getByTestId('summary-note')).toBeVisible()
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      page: getComputedStyle(document.body).backgroundColor,
    }))
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' })
    await page.emulateMedia({ media: 'screen' })

    // "PDF로 저장" of one chapter: the save dialog, then the page printed into the chosen file.
    await page.getByRole('link', { name: '인프라를 이루는 아홉 개의 층' }).first().click()
    await expect(page.locator('[data-chapter]')).toHaveCount(1)
    dialogs.savePath = join(app.dataDir, 'summary.pdf')
    await page.getByTestId('save-summary-pdf').click()
    await expect(page.getByTestId('summary-status')).toContainText('summary.pdf')
    expect(dialogs.asked.slice(-2)).toEqual([
      expect.stringMatching(/^save:another-class-summary-k8s-another-class-sprint-3-infra-stack-[\d-]+\.pdf$/),
      'print',
    ])
    expect(readFileSync(dialogs.savePath, 'utf8')).toBe(FAKE_PDF)
  })

  test('the end of a chapter and the dashboard lead to the summary, in Korean and English', async ({
    app,
    appKind,
  }) => {
    const { page } = app
    await page.getByTestId('summary-card-link').click()
    await expect(page.locator('article[data-chapter]')).toHaveCount(7)
    await reader.open(page, 'service-models')
    await page.getByTestId('chapter-summary-link').click()
    await expect(page.locator('article[data-chapter]')).toHaveCount(1)
    await expect(page.locator('article[data-chapter="service-models"] h2')).toHaveText(
      '서비스 모델, 누가 어느 층을 관리할까',
    )

    // In English too, with the exported file's words in English.
    await page.getByTestId('nav-settings').click()
    await page.getByTestId('locale-en').check()
    await page.getByTestId('nav-notes').click()
    await page.getByTestId('notes-summary-link').click()
    await expect(page.locator('main h1')).toHaveText('My one-page summary')
    await expect(page.getByTestId('save-summary-pdf')).toHaveText('Save as PDF')
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, `${appKind}-en-summary.png`) })
    if (app.dialogs) {
      app.dialogs.savePath = join(app.dataDir, 'notes-en.md')
      await page.getByTestId('nav-notes').click()
      await page.getByTestId('export-notes').click()
      await expect(page.getByTestId('export-notes-status')).toContainText('notes: 0, bookmarks: 0')
      expect(readFileSync(app.dialogs.savePath, 'utf8')).toContain('No notes or bookmarks yet.')
    }
  })

  test('in Electron, "PDF로 저장" prints the summary into a real PDF file', async ({ app }) => {
    test.skip(!app.electron, "Electron's printToPDF runs only in the electron project")
    const { page } = app
    const pdfPath = join(app.dataDir, 'summary-electron.pdf')
    // The native save dialog cannot be clicked by a test: answer it with the chosen path.
    await app.electron!.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (() =>
        Promise.resolve({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog
    }, pdfPath)
    await page.getByTestId('nav-notes').click()
    await page.getByTestId('notes-summary-link').click()
    await page.getByTestId('save-summary-pdf').click()
    await expect(page.getByTestId('summary-status')).toContainText('summary-electron.pdf')
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })
})
