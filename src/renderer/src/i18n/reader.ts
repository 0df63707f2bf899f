/*
 * Strings of the chapter reader's own furniture (reading progress, the contents list's current
 * entry, the chapter-complete moment), Korean first; the English table is typed from it.
 */

export const readerKo = {
  progress: '이 챕터에서 읽은 위치',
  pager: '챕터 이동',
  complete: {
    title: '챕터 완료!',
    lead: '{title}의 마무리 점검을 통과했어요.',
    learned: '이번 챕터에서 익힌 것',
    score: '점검 {total}문제 중 {correct}문제 정답',
    scoreLabel: '마무리 점검 정답률',
    next: '다음 챕터: {title}',
    last: '마지막 챕터예요. 아래에서 코스 전체를 마무리해 보세요.',
    announce: '챕터 완료! 점검 {total}문제 중 {correct}문제를 맞혔어요.',
  },
}

export const readerEn: typeof readerKo = {
  progress: 'How far you are through this chapter',
  pager: 'Chapter navigation',
  complete: {
    title: 'Chapter complete!',
    lead: 'You passed the end-of-chapter check of {title}.',
    learned: 'What you learned',
    score: '{correct} of {total} question correct | {correct} of {total} questions correct',
    scoreLabel: 'End-of-chapter check score',
    next: 'Next chapter: {title}',
    last: 'This was the last chapter. Round off the whole course below.',
    announce:
      'Chapter complete! You answered {correct} of {total} question correctly. | Chapter complete! You answered {correct} of {total} questions correctly.',
  },
}
