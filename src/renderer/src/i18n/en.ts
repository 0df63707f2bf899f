import type ko from './ko'

const en: typeof ko = {
  app: { name: 'Another Class Offline', skip: 'Skip to content' },
  nav: { home: 'Dashboard', settings: 'Settings' },
  dashboard: {
    overall: 'Overall progress',
    continue: 'Continue learning',
    start: 'Start learning',
    chapters: 'Chapters',
    minutes: '{n} min',
    sections: 'Sections {read}/{total}',
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
    missingSections: '{n} sections left',
    missingAnswers: '{n} more correct answers needed',
    completeNote: 'You have completed this chapter.',
    diagram: 'Diagram: {title}',
    checkpoint: 'Checkpoint',
  },
  notice: {
    databaseReset: 'Your progress file could not be read, so a new one was started. The old file was kept at {path}.',
    packBroken: 'A course pack could not be loaded: {dir}',
    dismiss: 'Dismiss',
  },
  error: {
    title: 'The course cannot be opened',
    noCourse: 'No course is installed.',
    retry: 'Try again',
  },
  loading: 'Loading…',
}

export default en
