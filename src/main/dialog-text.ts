/** The words of the native dialogs main shows, in the learner's language (Korean by default). */
const TEXT = {
  ko: {
    exportTitle: '학습 기록 내보내기',
    importTitle: '학습 기록 가져오기',
    progressFile: '학습 기록 파일',
    leaveApp: '이 링크를 웹 브라우저에서 열까요?',
    leaveAppDetail: '앱 밖의 웹사이트로 이동합니다:',
    open: '브라우저에서 열기',
    cancel: '취소',
  },
  en: {
    exportTitle: 'Export progress',
    importTitle: 'Import progress',
    progressFile: 'Progress file',
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
