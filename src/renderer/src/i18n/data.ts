/** Strings of the data-safety features: the Settings "데이터" section and the recovery notices. */
export const dataKo = {
  title: '데이터',
  intro:
    '학습 기록은 이 컴퓨터에만 저장됩니다. 앱은 시작할 때와 하루에 한 번, 그리고 가져오기·초기화 전에 자동으로 백업합니다.',
  working: '처리 중…',
  cancel: '취소',
  export: {
    title: '내보내기',
    help: '이 코스의 학습 기록과 설정을 JSON 파일 하나로 저장합니다. 다른 컴퓨터로 옮기거나 따로 보관할 때 쓰세요.',
    button: '학습 기록 내보내기…',
    done: '{rows}개 항목을 저장했습니다: {path}',
    skipped: '읽을 수 없는 항목 {n}개는 빼고 저장했습니다.',
  },
  import: {
    title: '가져오기',
    help: '내보낸 파일을 불러옵니다. 무엇이 들어 있는지 먼저 보여 드리고, 바꿀지 합칠지 고르면 그때 적용합니다.',
    button: '파일에서 가져오기…',
    summary: '{file}: ‘{course}’ 코스, {date}에 내보낸 기록',
    unknownIds: '지금 코스에 없는 챕터·문제를 가리키는 항목 {n}개는 보관만 하고 화면에는 나오지 않습니다.',
    replace: '바꾸기',
    merge: '합치기',
    replaceHelp: '지금 이 코스의 기록을 지우고 파일의 기록으로 바꿉니다.',
    mergeHelp: '지금 기록은 그대로 두고 파일에만 있는 기록을 더합니다. 겹치는 항목은 더 최근 것을 남깁니다.',
    confirmTitle: { replace: '기록을 파일의 내용으로 바꿀까요?', merge: '파일의 기록을 합칠까요?' },
    confirmBody: '적용하기 직전에 지금 상태를 자동으로 백업합니다.',
    confirm: { replace: '바꾸기', merge: '합치기' },
    done: '가져왔습니다. 가져오기 전 상태는 자동 백업 {backup}에 있습니다.',
  },
  check: {
    title: '데이터 점검',
    help: '데이터 파일이 온전한지 검사하고, 안전하게 고칠 수 있는 문제는 고칩니다.',
    button: '데이터 점검',
    ok: '문제가 없습니다.',
    repaired: '문제를 찾아 고쳤습니다. 고치기 전 상태는 자동 백업 {backup}에 있습니다.',
    fixedRows: '정리한 항목: {orphans}, {drafts}, {settings}.',
    orphanRows: '연결이 끊긴 행 {n}개',
    unreadableDrafts: '읽을 수 없는 작성 중 답 {n}개',
    unreadableSettings: '읽을 수 없는 설정 {n}개',
    damaged:
      '자동으로 고칠 수 없는 손상이 있습니다. 앱을 다시 시작하면 가장 최근의 온전한 자동 백업으로 되돌릴 수 있습니다.',
    keptUnknown: '지금 코스에 없는 항목을 가리키는 기록 {n}개는 지우지 않고 보관합니다.',
  },
  tables: {
    section_reads: '읽은 섹션',
    reading_positions: '읽던 위치',
    checkpoint_attempts: '문제 풀이',
    diagram_steps: '다이어그램 단계',
    answer_drafts: '작성 중인 답',
    study_time: '공부 시간 기록',
    review_cards: '복습 카드',
    review_log: '복습 기록',
    section_notes: '메모와 북마크',
    settings: '설정',
  },
  errors: {
    invalid_file: '이 파일은 가져올 수 없습니다. 아무것도 바뀌지 않았습니다. ({message})',
    storage:
      '데이터 폴더에 쓸 수 없습니다(읽기 전용이거나 디스크가 가득 찼습니다). 아무것도 바뀌지 않았고, 이미 저장된 기록은 그대로입니다.',
    not_found: '가져오기가 취소되었습니다. 파일을 다시 골라 주세요.',
    other: '실패했습니다. 아무것도 바뀌지 않았습니다. ({message})',
  },
  notice: {
    restored:
      '학습 기록 파일이 손상되어 {date}에 만든 자동 백업으로 되돌렸습니다. 손상된 파일은 데이터 폴더에 {file} 이름으로 보관했습니다.',
    incomplete:
      '지난번에 앱이 갑자기 종료된 뒤 기록 일부(-wal 파일)가 사라져, 마지막 몇 가지 변경이 빠졌을 수 있습니다.',
    readOnly: '데이터 폴더에 쓸 수 없어 읽기 전용으로 열었습니다. 학습은 계속할 수 있지만 새 진도는 저장되지 않습니다.',
  },
}

export const dataEn: typeof dataKo = {
  title: 'Data',
  intro:
    'Your progress is stored only on this computer. The app backs it up at start-up, once a day, and before every import or reset.',
  working: 'Working…',
  cancel: 'Cancel',
  export: {
    title: 'Export',
    help: "Saves this course's progress and your settings to one JSON file, to move it to another computer or keep it safe.",
    button: 'Export progress…',
    done: 'Saved {rows} item to {path} | Saved {rows} items to {path}',
    skipped: '{n} item that could not be read was left out. | {n} items that could not be read were left out.',
  },
  import: {
    title: 'Import',
    help: 'Loads an exported file. You see what it contains first, and it is applied only after you choose Replace or Merge.',
    button: 'Import from a file…',
    summary: '{file}: course “{course}”, exported on {date}',
    unknownIds:
      '{n} item refers to a chapter or question this course no longer has; it is kept but not shown. | {n} items refer to chapters or questions this course no longer has; they are kept but not shown.',
    replace: 'Replace',
    merge: 'Merge',
    replaceHelp: "Erases this course's current progress and puts the file's in its place.",
    mergeHelp:
      'Keeps your current progress and adds what only the file has; where both have an item, the newer one stays.',
    confirmTitle: { replace: "Replace your progress with the file's?", merge: "Merge the file's progress into yours?" },
    confirmBody: 'Your current progress is backed up automatically right before.',
    confirm: { replace: 'Replace', merge: 'Merge' },
    done: 'Imported. Your progress from before is in the automatic backup {backup}.',
  },
  check: {
    title: 'Check data',
    help: 'Checks that the data file is sound and repairs the problems that are safe to repair.',
    button: 'Check data',
    ok: 'No problems found.',
    repaired: 'Problems were found and repaired. The state before is in the automatic backup {backup}.',
    fixedRows: 'Cleaned up: {orphans}, {drafts}, {settings}.',
    orphanRows: '{n} orphaned row | {n} orphaned rows',
    unreadableDrafts: '{n} unreadable draft answer | {n} unreadable draft answers',
    unreadableSettings: '{n} unreadable setting | {n} unreadable settings',
    damaged:
      'There is damage that cannot be repaired automatically. Restarting the app lets it go back to the newest sound automatic backup.',
    keptUnknown:
      '{n} record refers to an item this course no longer has; it is kept, not deleted. | {n} records refer to items this course no longer has; they are kept, not deleted.',
  },
  tables: {
    section_reads: 'Sections read',
    reading_positions: 'Reading positions',
    checkpoint_attempts: 'Answers',
    diagram_steps: 'Diagram steps',
    answer_drafts: 'Unfinished answers',
    study_time: 'Study time entries',
    review_cards: 'Review cards',
    review_log: 'Review history',
    section_notes: 'Notes and bookmarks',
    settings: 'Settings',
  },
  errors: {
    invalid_file: 'This file cannot be imported; nothing was changed. ({message})',
    storage:
      'The data folder cannot be written (it is read-only or the disk is full). Nothing was changed, and what was saved before is intact.',
    not_found: 'The import was no longer waiting. Please choose the file again.',
    other: 'That did not work; nothing was changed. ({message})',
  },
  notice: {
    restored:
      'Your progress file was damaged, so the automatic backup from {date} was restored. The damaged file was kept in your data folder as {file}.',
    incomplete:
      'After the app last stopped suddenly, part of your progress file (the -wal file) was missing, so the last few changes may be gone.',
    readOnly:
      'The data folder cannot be written, so it was opened read-only. You can keep studying, but new progress is not saved.',
  },
}
