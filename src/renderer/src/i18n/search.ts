/** Strings of the search dialog; the English table is typed from the Korean one. */
export const searchKo = {
  title: '코스 검색',
  open: '검색',
  shortcut: 'Ctrl+K',
  placeholder: '찾을 말을 입력하세요 (예: 컨테이너, 장점, hypervisor)',
  hint: '본문, 확인 문제, 다이어그램, 용어집을 찾아요. 어디서든 Ctrl+K 또는 / 로 열 수 있어요.',
  none: '찾는 내용이 없어요. 다른 말로 찾아보세요.',
  didYouMean: '이것을 찾으셨나요?',
  count: '결과 {n}개',
  kinds: { section: '본문', question: '확인 문제', diagram: '다이어그램', glossary: '용어', note: '노트' },
}

export const searchEn: typeof searchKo = {
  title: 'Search the course',
  open: 'Search',
  shortcut: 'Ctrl+K',
  placeholder: 'Type what to find (e.g. 컨테이너, 장점, hypervisor)',
  hint: 'Finds text, checkpoints, diagrams and glossary terms. Open it from anywhere with Ctrl+K or /.',
  none: 'Nothing found. Try other words.',
  didYouMean: 'Did you mean:',
  count: '{n} result | {n} results',
  kinds: { section: 'Text', question: 'Checkpoint', diagram: 'Diagram', glossary: 'Term', note: 'Note' },
}
