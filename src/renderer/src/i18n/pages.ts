/**
 * Strings of the redesigned pages (review, notes, stats, settings, search, glossary, summary):
 * their header lines, empty states and group titles. Korean first; English is typed from it.
 */
export const pagesKo = {
  review: {
    correct: '맞았어요',
    wrong: '틀렸어요',
    emptyAction: '대시보드에서 이어서 학습하기',
  },
  notes: {
    emptyTitle: '아직 북마크나 메모가 없어요',
    emptyText: '챕터의 각 섹션 제목 아래에서 추가할 수 있어요. 북마크와 메모는 여기에 챕터별로 모여요.',
    emptyAction: '챕터 보러 가기',
  },
  stats: {
    emptyTitle: '아직 학습 기록이 없어요',
    emptyText: '챕터를 읽고 확인 문제를 풀면 공부 시간, 연속 학습, 정답률이 여기에 쌓여요.',
    emptyAction: '첫 챕터 시작하기',
  },
  settings: {
    intro: '화면, 학습 방식, 데이터 보관을 정해요. 고른 값은 바로 저장돼요.',
    display: '화면',
    study: '학습',
    danger: '되돌릴 수 없는 작업',
  },
  glossary: {
    emptyTitle: '맞는 용어가 없어요',
    emptyText: '다른 말로 찾거나 필터를 지우고 전체 용어를 보세요.',
    clearFilter: '필터 지우기',
  },
  search: {
    emptyText: '한국어 용어와 영어 용어 모두 찾을 수 있어요. 조사를 빼고 짧게 찾아보세요.',
    clear: '검색어 지우기',
    move: '이동',
    open: '열기',
    close: '닫기',
  },
  summary: {
    emptyTitle: '아직 나만의 메모나 틀린 문제가 없어요',
    emptyText: '지금은 목표와 섹션별 핵심만 담겨 있어요. 공부하며 메모를 남기고 문제를 풀면 여기에 함께 모여요.',
    emptyAction: '챕터 보러 가기',
  },
}

export const pagesEn: typeof pagesKo = {
  review: {
    correct: 'Correct',
    wrong: 'Not quite',
    emptyAction: 'Continue studying from the dashboard',
  },
  notes: {
    emptyTitle: 'No bookmarks or notes yet',
    emptyText: 'Add them below any section heading in a chapter; they gather here, by chapter.',
    emptyAction: 'Go to the chapters',
  },
  stats: {
    emptyTitle: 'No study recorded yet',
    emptyText: 'Read a chapter and answer its checkpoints: your study time, streak and accuracy build up here.',
    emptyAction: 'Start the first chapter',
  },
  settings: {
    intro: 'Choose how the app looks, how you study and how your data is kept. Choices are saved at once.',
    display: 'Display',
    study: 'Studying',
    danger: 'Cannot be undone',
  },
  glossary: {
    emptyTitle: 'No term matches',
    emptyText: 'Try other words, or clear the filter to see every term.',
    clearFilter: 'Clear filter',
  },
  search: {
    emptyText: 'Korean and English terms are both found. Try a shorter word.',
    clear: 'Clear search',
    move: 'move',
    open: 'open',
    close: 'close',
  },
  summary: {
    emptyTitle: 'No notes or missed questions yet',
    emptyText:
      'For now the sheet holds the objectives and each section’s key points. Your notes and missed questions join them as you study.',
    emptyAction: 'Go to the chapters',
  },
}
