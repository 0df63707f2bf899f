import { backupsEn } from './backups'
import { checkpointEn } from './checkpoint'
import { dataEn } from './data'
import { diagramsEn } from './diagrams'
import { finalCheckEn } from './final-check'
import { glossaryEn } from './glossary'
import { studyEn } from './study'
import { pagesEn } from './pages'
import type ko from './ko'
import { searchEn } from './search'
import { shellEn } from './shell'
import { readerEn } from './reader'
import { takeawayEn } from './takeaway'

const en: typeof ko = {
  pages: pagesEn,
  data: dataEn,
  backups: backupsEn,
  finalCheck: finalCheckEn,
  search: searchEn,
  shell: shellEn,
  glossary: glossaryEn,
  takeaway: takeawayEn,
  app: { name: 'Another Class Offline', skip: 'Skip to content' },
  nav: { home: 'Dashboard', settings: 'Settings' },
  dashboard: {
    overall: 'Overall progress',
    continue: 'Continue learning',
    start: 'Start learning',
    chapters: 'Chapters',
    minutes: '{n} min',
    sections: 'Sections {read}/{total}',
    studied: 'Time studied',
    left: 'Estimated time left',
    duration: '{h} h {m} min | {m} min',
    due: 'Next up',
  },
  settings: {
    title: 'Settings',
    theme: 'Theme',
    themes: { system: 'Follow the system', light: 'Light', dark: 'Dark' },
    fontSize: 'Text size',
    fontSizes: { small: 'Small', normal: 'Normal', large: 'Large', larger: 'Larger' },
    language: 'Language',
    languages: { ko: '한국어', en: 'English' },
    reset: 'Reset progress',
    resetHelp:
      'Clears read marks, reading positions, answers, review cards and study time. Your notes and settings are kept.',
    resetButton: 'Reset progress…',
    resetConfirmTitle: 'Start over from the beginning?',
    resetConfirmBody: 'All progress in this course will be erased. This cannot be undone.',
    resetConfirm: 'Reset',
    cancel: 'Cancel',
    resetDone: 'Your progress was reset.',
    saveFailed: 'The setting could not be saved: {message}',
  },
  status: { 'not-started': 'Not started', 'in-progress': 'In progress', complete: 'Complete' },
  chapter: {
    toc: 'Contents',
    read: 'Read',
    unread: 'Not read',
    previous: 'Previous chapter',
    next: 'Next chapter',
    objectives: 'Learning objectives',
    rule: 'A chapter is complete when every section is read and at least {percent}% of the end-of-chapter check is correct.',
    missingSections: '{n} section left | {n} sections left',
    missingAnswers: '{n} more correct answer needed | {n} more correct answers needed',
    completeNote: 'You have completed this chapter.',
    diagram: 'Diagram: {title}',
    checkpoint: 'Checkpoint',
    endCheck: 'End-of-chapter check',
    endCheckIntro: 'Check the key ideas of this chapter. The checkpoints in the text count too.',
    inlineSummary:
      '{correct} of {total} checkpoint in the text answered correctly | {correct} of {total} checkpoints in the text answered correctly',
    goToQuestion: 'Go to the question in the text',
    notFound: 'This chapter cannot be found',
    notFoundBody: 'The address may be wrong, or the chapter may have left the course in an update.',
    loadFailed: 'The chapter could not be opened',
    backToDashboard: 'Back to the dashboard',
  },
  notice: {
    databaseReset:
      'Your progress file could not be read, so a new one was started. The old file was kept in your data folder as {file}.',
    packBroken: 'A course pack could not be loaded: {dir}',
    dismiss: 'Dismiss',
  },
  error: {
    title: 'The course cannot be opened',
    noCourse: 'No course is installed.',
    packBroken: 'The course pack has problems and cannot be opened. The notice above names each file and line.',
    codes: {
      invalid_input: 'That request could not be handled; nothing was changed.',
      unknown_method: 'The app made a request it does not know. Try restarting the app.',
      forbidden_sender: 'A request from outside the app was refused.',
      not_found: 'That is not in this course.',
      conflict: 'That clashed with another change. Please try again.',
      internal: 'Something unexpected went wrong. Please try again.',
      storage: 'The data folder cannot be written (it is read-only or the disk is full), so nothing was saved.',
      invalid_file: 'This file cannot be read; nothing was changed.',
    },
    retry: 'Try again',
  },
  loading: 'Loading…',
  diagrams: diagramsEn,
  checkpoint: checkpointEn,
  study: studyEn,
  reader: readerEn,
}

export default en
