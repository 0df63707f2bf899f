/** Strings of the app shell (the sidebar) and the dashboard's course header; English typed from Korean. */
export const shellKo = {
  menu: '주 메뉴',
  course: '공부 중인 코스',
  hero: {
    chaptersDone: '챕터 {done}/{total}개 완료',
    next: '다음 할 일',
    welcomeTitle: '첫 챕터부터 함께 시작해요',
    welcomeText: '챕터 {n}개, 모두 합쳐 약 {time}. 읽고, 확인 문제를 풀고, 복습하면서 익혀요.',
    resumeAt: '이어서: {title}',
    reviewNext: '오늘 복습할 문제가 기다리고 있어요. 잊기 전에 먼저 풀어 봐요.',
    finalNext: '모든 챕터를 둘러봤어요. 최종 점검으로 코스를 마무리해요.',
  },
  chapter: {
    number: '{n}장',
  },
}

export const shellEn: typeof shellKo = {
  menu: 'Main menu',
  course: 'Course',
  hero: {
    chaptersDone: '{done} of {total} chapter complete | {done} of {total} chapters complete',
    next: 'Next step',
    welcomeTitle: 'Start with the first chapter',
    welcomeText:
      '{n} chapter, about {time} in all. Read, answer the checkpoints and review to make it stick. | {n} chapters, about {time} in all. Read, answer the checkpoints and review to make it stick.',
    resumeAt: 'Continue: {title}',
    reviewNext: 'Questions are waiting for today’s review. Answer them before they fade.',
    finalNext: 'You have looked at every chapter. Round the course off with the final check.',
  },
  chapter: {
    number: 'Chapter {n}',
  },
}
