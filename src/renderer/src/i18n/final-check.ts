/** Strings of the course's final check and of the end of the last chapter, Korean first. */
export const finalCheckKo = {
  title: '최종 점검',
  intro:
    '코스의 모든 챕터에서 배운 내용을 한 번에 확인합니다. 점수는 챕터 완료에 들어가지 않지만, 푼 문제는 학습 통계에 쌓이고 틀린 문제는 복습 카드가 됩니다.',
  score: '{total}문제 중 {correct}문제 맞힘',
  position: '{total}문제 중 {n}번째',
  from: '{chapter} · {section}',
  reread: '이 내용을 다룬 섹션 다시 읽기',
  none: '이 코스에는 최종 점검이 없어요.',
  loadFailed: '최종 점검을 불러오지 못했습니다: {message}',
  toDashboard: '대시보드로',
  toReview: '복습하러 가기',
  dashboardTitle: '최종 점검',
  dashboardIntro: '모든 챕터를 둘러봤어요. 배운 내용을 한 번에 확인해 보세요.',
  dashboardStart: '최종 점검 풀기',
  dashboardScore: '지금까지 {total}문제 중 {correct}문제 맞힘',
  end: {
    doneTitle: '코스를 모두 마쳤어요!',
    doneText: '모든 챕터를 완료했어요. 최종 점검으로 전체 내용을 확인하고, 틀린 문제는 복습으로 다지세요.',
    leftTitle: '마지막 챕터까지 왔어요',
    leftText: '아직 완료하지 않은 챕터가 {n}개 있어요.',
    chapterLeft: '{title} ({status})',
    finalCheck: '최종 점검 풀기',
    review: '복습하기',
    dashboard: '대시보드로',
  },
}

export const finalCheckEn: typeof finalCheckKo = {
  title: 'Final check',
  intro:
    'Checks what you learned across all the chapters at once. The score does not count toward completing a chapter, but every answer counts in your study stats and a missed question becomes a review card.',
  score: '{correct} of {total} question answered correctly | {correct} of {total} questions answered correctly',
  position: 'Question {n} of {total}',
  from: '{chapter} · {section}',
  reread: 'Reread the section that covers this',
  none: 'This course has no final check.',
  loadFailed: 'The final check could not be loaded: {message}',
  toDashboard: 'To the dashboard',
  toReview: 'Go to review',
  dashboardTitle: 'Final check',
  dashboardIntro: 'You have looked at every chapter. Check what you learned in one go.',
  dashboardStart: 'Take the final check',
  dashboardScore: '{correct} of {total} answered correctly so far',
  end: {
    doneTitle: 'You finished the course!',
    doneText:
      'Every chapter is complete. Take the final check to test the whole course, and firm up missed questions in review.',
    leftTitle: 'You reached the last chapter',
    leftText: '{n} chapter is not complete yet. | {n} chapters are not complete yet.',
    chapterLeft: '{title} ({status})',
    finalCheck: 'Take the final check',
    review: 'Review',
    dashboard: 'To the dashboard',
  },
}
