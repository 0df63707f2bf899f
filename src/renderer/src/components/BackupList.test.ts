// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bindApi } from '../../../../test/support/bind-api'
import { fileIn } from '../../../../test/support/fake-dialogs'
import { tempServices } from '../../../../test/support/temp-services'
import { createAppI18n } from '../i18n'
import BackupList from './BackupList.vue'

let env: ReturnType<typeof tempServices>

beforeEach(() => {
  env = tempServices({ log: () => undefined })
  window.api = bindApi(env.dispatch)
})
afterEach(() => env.dispose())

async function mountList(locale: 'ko' | 'en') {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true
  }
  const wrapper = mount(BackupList, { props: { courseId: 'mini' }, global: { plugins: [createAppI18n(locale)] } })
  await vi.waitFor(() => expect(wrapper.findAll('[data-testid="backup-item"]').length).toBeGreaterThan(0))
  return wrapper
}

describe('BackupList', () => {
  it('says in English why each backup was made and what it holds', async () => {
    await env.services.startupBackup
    fileIn(`${env.dataDir}/backups`, 'progress-20260101T090000Z.sqlite', 'garbage '.repeat(100))
    const wrapper = await mountList('en')
    expect(wrapper.findAll('[data-testid="backup-reason"]').map((r) => r.text())).toEqual([
      'When the app started',
      'Unknown',
    ])
    expect(wrapper.findAll('[data-testid="backup-contents"]').map((c) => c.text())).toEqual([
      'Chapters complete: 0 of 2 · 0 questions answered · 0 notes',
      'This backup is damaged and cannot be restored.',
    ])
    // Only the readable one offers a restore.
    expect(wrapper.findAll('[data-testid="backup-restore"]')).toHaveLength(1)
  })

  it('refuses a backup that went bad after listing, as an alert, and changes nothing', async () => {
    await env.services.startupBackup
    env.services.progress.markSectionRead('mini', 'first', 'intro')
    const wrapper = await mountList('en')
    const [name] = env.services.backups.list('mini').backups.map((b) => b.name)
    fileIn(`${env.dataDir}/backups`, name!, 'SQLite format 3\0'.padEnd(8192, '#'))
    await wrapper.get('[data-testid="backup-restore"]').trigger('click')
    await wrapper.get('[data-testid="backups-confirm-restore"]').trigger('click')
    const result = await vi.waitFor(() => wrapper.get('[data-testid="backups-result"]'))
    await flushPromises()
    expect(result.attributes('role')).toBe('alert')
    expect(result.text()).toBe(
      'This backup is damaged or cannot be opened, so it was not restored. Nothing was changed.',
    )
    expect(env.services.progress.courseProgress('mini').chapters[0]?.sectionsRead).toEqual(['intro'])
  })
})
