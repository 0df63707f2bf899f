// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useRealServices } from '../../../../../test/support/renderer-services'
import { NOTE_MAX_CHARS } from '../../../../shared/note-limits'
import { createAppI18n } from '../../i18n'
import NotesView from '../../views/NotesView.vue'
import SectionNotes from './SectionNotes.vue'
import { fillFirstScreen } from '../../first-screen'

const env = useRealServices()

async function mountSectionNotes() {
  const wrapper = mount(SectionNotes, {
    attachTo: document.body,
    props: { courseId: 'mini', chapterId: 'first', sectionId: 'body', sectionTitle: '본문' },
    global: { plugins: [createAppI18n()] },
  })
  await flushPromises()
  return wrapper
}

const stored = () => env().services.notes.list('mini')

describe('SectionNotes', () => {
  it('bookmarks and unbookmarks a section with a toggle button', async () => {
    const wrapper = await mountSectionNotes()
    const toggle = wrapper.get('[data-testid="bookmark"]')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    await toggle.trigger('click')
    await flushPromises()
    expect(toggle.attributes('aria-pressed')).toBe('true')
    expect(stored()).toEqual([expect.objectContaining({ sectionId: 'body', bookmarked: true, text: '' })])
    await toggle.trigger('click')
    await flushPromises()
    expect(stored()).toEqual([])
    wrapper.unmount()
  })

  it('writes, edits and deletes a note with the keyboard-reachable form, keeping the bookmark', async () => {
    const wrapper = await mountSectionNotes()
    await wrapper.get('[data-testid="bookmark"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-testid="edit-note"]').trigger('click')
    const input = wrapper.get('textarea')
    expect(document.activeElement).toBe(input.element)
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('“본문” 메모')
    await input.setValue('IaaS는 서버를 빌린다')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-testid="note-text"]').text()).toBe('IaaS는 서버를 빌린다')
    expect(document.activeElement).toBe(wrapper.get('[data-testid="edit-note"]').element)

    await wrapper.get('[data-testid="edit-note"]').trigger('click')
    expect(wrapper.get('textarea').element.value).toBe('IaaS는 서버를 빌린다')
    await wrapper.get('textarea').setValue('고친 메모')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(stored()).toEqual([expect.objectContaining({ text: '고친 메모', bookmarked: true })])

    await wrapper.get('[data-testid="edit-note"]').trigger('click')
    await wrapper.get('[data-testid="delete-note"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="note-text"]').exists()).toBe(false)
    expect(stored()).toEqual([expect.objectContaining({ text: '', bookmarked: true })])
    wrapper.unmount()
  })

  it('says when a note is too long and does not save it', async () => {
    const wrapper = await mountSectionNotes()
    await wrapper.get('[data-testid="edit-note"]').trigger('click')
    await wrapper.get('textarea').setValue('가'.repeat(NOTE_MAX_CHARS + 1))
    expect(wrapper.get('textarea').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain(`${NOTE_MAX_CHARS + 1} / ${NOTE_MAX_CHARS}자`)
    expect(wrapper.text()).toContain('메모는 2000자까지 쓸 수 있어요.')
    expect(wrapper.get('[data-testid="save-note"]').attributes('disabled')).toBeDefined()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(stored()).toEqual([])
    wrapper.unmount()
  })
})

describe('NotesView', () => {
  it('lists notes by chapter in reading order, each linking to its section', async () => {
    env().services.notes.save({
      courseId: 'mini',
      chapterId: 'second',
      sectionId: 'start',
      text: '커널 공유',
      bookmarked: false,
    })
    env().services.notes.save({
      courseId: 'mini',
      chapterId: 'first',
      sectionId: 'summary',
      text: '',
      bookmarked: true,
    })
    env().services.notes.save({
      courseId: 'mini',
      chapterId: 'first',
      sectionId: 'intro',
      text: '앱 ↔ OS',
      bookmarked: true,
    })
    await fillFirstScreen(window.api.getStartup({}))
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/notes', component: NotesView },
        { path: '/chapter/:chapterId', name: 'chapter', component: { template: '<div />' } },
        { path: '/summary', name: 'summary', component: { template: '<div />' } },
      ],
    })
    await router.push('/notes')
    const wrapper = mount(NotesView, { global: { plugins: [router, createAppI18n()] } })
    await flushPromises()
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(['첫 번째 장', '두 번째 장'])
    expect(wrapper.findAll('li[data-note]').map((li) => li.attributes('data-note'))).toEqual([
      'first/intro',
      'first/summary',
      'second/start',
    ])
    expect(wrapper.get('li[data-note="first/intro"] h3 a').attributes('href')).toBe('/chapter/first?section=intro')
    expect(wrapper.get('li[data-note="first/summary"]').text()).toContain('메모 없이 북마크만 했어요.')
    expect(wrapper.get('li[data-note="second/start"] [data-testid="note-text"]').text()).toBe('커널 공유')
  })

  it('says how to add notes when there are none', async () => {
    await fillFirstScreen(window.api.getStartup({}))
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: NotesView },
        { path: '/summary', name: 'summary', component: { template: '<div />' } },
      ],
    })
    await router.push('/')
    const wrapper = mount(NotesView, { global: { plugins: [router, createAppI18n()] } })
    await flushPromises()
    expect(wrapper.get('[data-testid="notes-empty"]').text()).toContain('섹션 제목 아래에서 추가할 수 있어요')
  })
})
