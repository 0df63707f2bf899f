/*
 * Strings of the checkpoint UI (src/renderer/src/components/checkpoint). Korean is the default;
 * the English table is typed from it, so a missing key fails the typecheck.
 * vue-i18n reserves { } @ $ | in messages: placeholders only, no literal braces or pipes.
 */

export const checkpointKo = {
  eyebrow: '확인 문제',
  kind: {
    single: '하나를 고르세요',
    multiple: '맞는 것을 모두 고르세요',
    truefalse: 'O 또는 X',
    ordering: '순서대로 놓기',
    matching: '짝짓기',
  },
  incomplete: {
    single: '보기를 하나 고르면 제출할 수 있어요.',
    multiple: '보기를 하나 이상 고르면 제출할 수 있어요.',
    truefalse: 'O나 X를 고르면 제출할 수 있어요.',
    ordering: '모든 항목을 순서대로 놓으면 제출할 수 있어요.',
    matching: '모든 항목을 짝지으면 제출할 수 있어요.',
  },
  submit: '제출',
  submitting: '채점 중…',
  retry: '다시 풀기',
  verdict: {
    correct: '정답이에요!',
    wrong: '아쉽지만 정답이 아니에요.',
  },
  summary: {
    missing: '고른 보기는 모두 맞지만, 빠진 정답이 더 있어요.',
    ordering: '{total}개 중 {n}개가 제자리에 있어요.',
    matching: '{total}개 중 {n}개를 맞게 짝지었어요.',
  },
  feedback: {
    title: '풀이',
    right: '맞음',
    wrongItem: '틀림',
    position: '{n}번째',
    yourMatch: '내 선택: {choice}',
  },
  truefalse: {
    trueMark: 'O',
    trueText: '맞아요',
    falseMark: 'X',
    falseText: '아니에요',
  },
  ordering: {
    hint: '위로·아래로 버튼이나 Alt+↑ / Alt+↓ 키로 순서를 바꿀 수 있어요. 마우스로 끌어 놓아도 돼요.',
    up: '위로',
    down: '아래로',
    upLabel: '{item} 위로 옮기기',
    downLabel: '{item} 아래로 옮기기',
    moved: '{itemWithObject} {n}번째로 옮겼습니다',
  },
  matching: {
    placeholder: '선택하세요',
    hint: '목록에서 고르거나, 위의 보기를 끌어다 항목 위에 놓으세요.',
    progress: '{total}개 중 {n}개 짝지음',
  },
}

export const checkpointEn: typeof checkpointKo = {
  eyebrow: 'Checkpoint',
  kind: {
    single: 'Choose one',
    multiple: 'Choose all that apply',
    truefalse: 'True or false',
    ordering: 'Put in order',
    matching: 'Match',
  },
  incomplete: {
    single: 'Choose an option to check your answer.',
    multiple: 'Choose at least one option to check your answer.',
    truefalse: 'Choose O or X to check your answer.',
    ordering: 'Put every item in order to check your answer.',
    matching: 'Match every item to check your answer.',
  },
  submit: 'Check',
  submitting: 'Checking…',
  retry: 'Try again',
  verdict: {
    correct: 'Correct!',
    wrong: 'Not quite. That answer is incorrect.',
  },
  summary: {
    missing: 'Everything you chose is right, but some correct options are missing.',
    ordering: '{n} of {total} items is in the right place. | {n} of {total} items are in the right place.',
    matching: '{n} of {total} items is matched correctly. | {n} of {total} items are matched correctly.',
  },
  feedback: {
    title: 'Explanations',
    right: 'Right',
    wrongItem: 'Wrong',
    position: 'Position {n}',
    yourMatch: 'Your choice: {choice}',
  },
  truefalse: {
    trueMark: 'O',
    trueText: 'True',
    falseMark: 'X',
    falseText: 'False',
  },
  ordering: {
    hint: 'Use the Up and Down buttons or Alt+↑ / Alt+↓ to reorder. You can also drag with the mouse.',
    up: 'Up',
    down: 'Down',
    upLabel: 'Move {item} up',
    downLabel: 'Move {item} down',
    moved: 'Moved {item} to position {n}',
  },
  matching: {
    placeholder: 'Choose…',
    hint: 'Pick from each list, or drag a choice from above onto an item.',
    progress: '{n} of {total} matched',
  },
}
