import { backupsKo } from './backups'
import { checkpointKo } from './checkpoint'
import { dataKo } from './data'
import { diagramsKo } from './diagrams'
import { finalCheckKo } from './final-check'
import { glossaryKo } from './glossary'
import { studyKo } from './study'
import { pagesKo } from './pages'
import { searchKo } from './search'
import { shellKo } from './shell'
import { readerKo } from './reader'
import { takeawayKo } from './takeaway'
export default {
  pages: pagesKo,
  data: dataKo,
  backups: backupsKo,
  finalCheck: finalCheckKo,
  search: searchKo,
  shell: shellKo,
  glossary: glossaryKo,
  takeaway: takeawayKo,
  app: { name: '어나더 클래스 오프라인', skip: '본문으로 건너뛰기' },
  nav: { home: '대시보드', settings: '설정' },
  dashboard: {
    overall: '전체 진도',
    continue: '이어서 학습하기',
    start: '학습 시작하기',
    chapters: '챕터 목록',
    minutes: '{n}분',
    sections: '섹션 {read}/{total}',
    studied: '공부한 시간',
    left: '남은 예상 시간',
    duration: '{h}시간 {m}분 | {m}분',
    due: '다음 할 일',
  },
  settings: {
    title: '설정',
    theme: '화면 테마',
    themes: { system: '시스템 설정 따르기', light: '밝게', dark: '어둡게' },
    fontSize: '글자 크기',
    fontSizes: { small: '작게', normal: '보통', large: '크게', larger: '아주 크게' },
    language: '화면 언어',
    languages: { ko: '한국어', en: 'English' },
    reset: '학습 기록 초기화',
    resetHelp:
      '읽음 표시, 읽던 위치, 문제 풀이와 복습 기록, 공부 시간을 모두 지웁니다. 직접 쓴 노트와 설정은 그대로 둡니다.',
    resetButton: '학습 기록 초기화…',
    resetConfirmTitle: '정말 처음부터 다시 시작할까요?',
    resetConfirmBody: '이 코스의 학습 기록이 모두 지워지며 되돌릴 수 없습니다.',
    resetConfirm: '초기화',
    cancel: '취소',
    resetDone: '학습 기록을 초기화했습니다.',
    saveFailed: '설정을 저장하지 못했습니다: {message}',
  },
  status: { 'not-started': '시작 전', 'in-progress': '학습 중', complete: '완료' },
  chapter: {
    toc: '목차',
    read: '읽음',
    unread: '읽지 않음',
    previous: '이전 챕터',
    next: '다음 챕터',
    objectives: '학습 목표',
    rule: '모든 섹션을 읽고 마무리 점검에서 {percent}% 이상 맞히면 완료됩니다.',
    missingSections: '남은 섹션 {n}개',
    missingAnswers: '정답이 {n}개 더 필요해요',
    completeNote: '이 챕터를 완료했어요.',
    diagram: '다이어그램: {title}',
    checkpoint: '확인 문제',
    endCheck: '마무리 점검',
    endCheckIntro: '이 챕터의 핵심을 확인해 보세요. 본문 속 확인 문제도 점검에 포함됩니다.',
    inlineSummary: '본문 속 확인 문제 {total}개 중 {correct}개 정답',
    goToQuestion: '본문의 문제로 이동',
    notFound: '이 챕터를 찾을 수 없어요',
    notFoundBody: '주소가 잘못되었거나, 코스가 바뀌면서 이 챕터가 없어졌을 수 있어요.',
    loadFailed: '챕터를 열지 못했어요',
    backToDashboard: '대시보드로 돌아가기',
  },
  notice: {
    databaseReset:
      '학습 기록 파일을 읽을 수 없어 새로 시작했습니다. 기존 파일은 데이터 폴더에 {file} 이름으로 보관했습니다.',
    packBroken: '코스 팩을 불러오지 못했습니다: {dir}',
    dismiss: '닫기',
  },
  error: {
    title: '코스를 열 수 없습니다',
    noCourse: '설치된 코스가 없습니다.',
    packBroken: '코스 팩에 문제가 있어 열 수 없습니다. 위 안내에 문제가 있는 파일과 줄이 적혀 있습니다.',
    retry: '다시 시도',
    codes: {
      invalid_input: '요청을 처리하지 못했어요. 아무것도 바뀌지 않았습니다.',
      unknown_method: '앱 내부에서 알 수 없는 요청이 있었어요. 앱을 다시 시작해 보세요.',
      forbidden_sender: '허용되지 않은 곳에서 온 요청이라 처리하지 않았어요.',
      not_found: '찾는 내용이 이 코스에 없어요.',
      conflict: '다른 변경과 겹쳐 처리하지 못했어요. 다시 시도해 보세요.',
      internal: '예상하지 못한 문제가 생겼어요. 다시 시도해 보세요.',
      storage: '데이터 폴더에 쓸 수 없어 저장하지 못했어요(읽기 전용이거나 디스크가 가득 찼습니다).',
      invalid_file: '이 파일은 읽을 수 없어요. 아무것도 바뀌지 않았습니다.',
    },
  },
  loading: '불러오는 중…',
  diagrams: diagramsKo,
  checkpoint: checkpointKo,
  study: studyKo,
  reader: readerKo,
}
