// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import type { Notice } from '../../../shared/notices'
import { createAppI18n } from '../i18n'
import { useNoticeStore } from '../stores/notices'
import NoticeBanner from './NoticeBanner.vue'

const restored: Notice = {
  kind: 'database-restored',
  setAsideFile: 'progress.sqlite.corrupt-20261129T062500',
  backupFile: 'progress-20261128T090000Z.sqlite',
  backupTakenAt: '2026-11-28T12:00:00.000Z',
}

function show(notices: Notice[], locale: 'ko' | 'en') {
  setActivePinia(createPinia())
  useNoticeStore().notices = notices
  return mount(NoticeBanner, { global: { plugins: [createAppI18n(locale)] } })
}

describe('NoticeBanner: what happened to the learner’s data', () => {
  it('says which backup was restored, from when, and where the damaged file is — in Korean', () => {
    const text = show([restored], 'ko').text()
    expect(text).toContain('2026년 11월 28일')
    expect(text).toContain('자동 백업으로 되돌렸습니다')
    expect(text).toContain('progress.sqlite.corrupt-20261129T062500')
  })

  it('and in English', () => {
    const text = show([restored], 'en').text()
    expect(text).toMatch(/automatic backup from November 28, 2026 at \d+:\d\d [AP]M was restored/)
    expect(text).toContain('progress.sqlite.corrupt-20261129T062500')
  })

  it.each([
    ['database-incomplete', '-wal', 'the -wal file'],
    ['storage-read-only', '읽기 전용', 'opened read-only'],
  ] as const)('explains %s', (kind, ko, en) => {
    const notice = { kind } as Notice
    expect(show([notice], 'ko').text()).toContain(ko)
    expect(show([notice], 'en').text()).toContain(en)
  })
})
