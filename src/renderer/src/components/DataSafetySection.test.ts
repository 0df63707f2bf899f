// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bindApi } from '../../../../test/support/bind-api'
import { createFakeDialogs, type FakeDialogs, fileIn } from '../../../../test/support/fake-dialogs'
import { tempServices } from '../../../../test/support/temp-services'
import { createAppI18n } from '../i18n'
import { useProgressStore } from '../stores/progress'
import DataSafetySection from './DataSafetySection.vue'

let env: ReturnType<typeof tempServices>
let dialogs: FakeDialogs

beforeEach(() => {
  dialogs = createFakeDialogs()
  env = tempServices({ dialogs, log: () => undefined })
  window.api = bindApi(env.dispatch)
  setActivePinia(createPinia())
})
afterEach(() => env.dispose())

async function mountSection(locale: 'ko' | 'en' = 'ko') {
  // The dialog element's showModal is not in happy-dom everywhere; the section only needs it to open.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true
  }
  const wrapper = mount(DataSafetySection, {
    props: { courseId: 'mini' },
    global: { plugins: [createAppI18n(locale)] },
  })
  await flushPromises()
  return wrapper
}

describe('DataSafetySection', () => {
  it('previews a file, then merges it only after the confirmation, and refreshes progress', async () => {
    env.services.progress.markSectionRead('mini', 'first', 'intro')
    dialogs.savePath = dialogs.openPath = fileIn(env.dataDir, 'p.json')
    const wrapper = await mountSection()
    await wrapper.get('[data-testid="data-export"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="data-export-result"]').text()).toContain('p.json')

    env.services.progress.resetCourse('mini')
    await wrapper.get('[data-testid="data-import"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-table="section_reads"]').text()).toBe('읽은 섹션: 1')
    await wrapper.get('[data-testid="data-import-merge"]').trigger('click')
    expect(env.services.progress.courseProgress('mini').chapters[0]?.sectionsRead).toEqual([])
    await wrapper.get('[data-testid="data-confirm-import"]').trigger('click')
    // The safety backup before applying is real file I/O, not just promises.
    const result = await vi.waitFor(() => wrapper.get('[data-testid="data-import-result"]'))
    await flushPromises()
    expect(result.text()).toMatch(/가져왔습니다.*progress-\d{8}T\d{6}Z/)
    expect(useProgressStore().progress?.chapters[0]?.sectionsRead).toEqual(['intro'])
    expect(wrapper.find('[data-testid="data-import-preview"]').exists()).toBe(false)
  })

  it('says in English why a file is refused, as an alert', async () => {
    dialogs.openPath = fileIn(env.dataDir, 'broken.json', '{"format": "another-class-offline/progress", "version": 9}')
    const wrapper = await mountSection('en')
    await wrapper.get('[data-testid="data-import"]').trigger('click')
    await flushPromises()
    const result = wrapper.get('[data-testid="data-import-result"]')
    expect(result.attributes('role')).toBe('alert')
    expect(result.text()).toMatch(/^This file cannot be imported; nothing was changed\. \(.*newer version of the app/)
  })

  it('reports Check data in the learner’s words', async () => {
    const wrapper = await mountSection()
    await wrapper.get('[data-testid="data-check"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="data-check-result"]').text()).toBe('문제가 없습니다.')
  })
})
