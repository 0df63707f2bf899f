import { describe, expect, it } from 'vitest'
import { dialogText, saveDialogKind } from './dialog-text'

describe('saveDialogKind', () => {
  it('titles the save dialog and filters its files by what is saved', () => {
    const ko = dialogText('ko')
    expect(saveDialogKind('another-class-notes-c-2026-12-03.md', ko)).toEqual({
      title: '노트 내보내기',
      name: 'Markdown 문서',
      ext: 'md',
    })
    expect(saveDialogKind('another-class-summary-c-2026-12-03.pdf', dialogText('en'))).toEqual({
      title: 'Save the summary as PDF',
      name: 'PDF document',
      ext: 'pdf',
    })
    expect(saveDialogKind('another-class-progress-c-2026-12-03.json', ko)).toEqual({
      title: '학습 기록 내보내기',
      name: '학습 기록 파일',
      ext: 'json',
    })
  })
})
