/** The words of the native dialogs main shows, in the learner's language (Korean by default). */
const TEXT = {
  ko: {
    exportTitle: '학습 기록 내보내기',
    importTitle: '학습 기록 가져오기',
    progressFile: '학습 기록 파일',
    notesTitle: '노트 내보내기',
    notesFile: 'Markdown 문서',
    pdfTitle: '한방정리 PDF로 저장',
    pdfFile: 'PDF 문서',
    leaveApp: '이 링크를 웹 브라우저에서 열까요?',
    leaveAppDetail: '앱 밖의 웹사이트로 이동합니다:',
    open: '브라우저에서 열기',
    cancel: '취소',
  },
  en: {
    exportTitle: 'Export progress',
    importTitle: 'Import progress',
    progressFile: 'Progress file',
    notesTitle: 'Export notes',
    notesFile: 'Markdown document',
    pdfTitle: 'Save the summary as PDF',
    pdfFile: 'PDF document',
    leaveApp: 'Open this link in your web browser?',
    leaveAppDetail: 'This leaves the app for a website:',
    open: 'Open in browser',
    cancel: 'Cancel',
  },
} as const

export type DialogText = (typeof TEXT)[keyof typeof TEXT]

export function dialogText(locale: string): DialogText {
  return locale === 'en' ? TEXT.en : TEXT.ko
}

/** The save dialog's title and file type for a suggested file name, by its extension. */
export function saveDialogKind(suggestedName: string, text: DialogText): { title: string; name: string; ext: string } {
  if (suggestedName.endsWith('.md')) return { title: text.notesTitle, name: text.notesFile, ext: 'md' }
  if (suggestedName.endsWith('.pdf')) return { title: text.pdfTitle, name: text.pdfFile, ext: 'pdf' }
  return { title: text.exportTitle, name: text.progressFile, ext: 'json' }
}
