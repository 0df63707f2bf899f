// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useRealServices } from '../../../../test/support/renderer-services'
import { createAppI18n } from '../i18n'
import NotesView from './NotesView.vue'
import { fillFirstScreen } from '../first-screen'

useRealServices()

describe('NotesView', () => {
  it('with no notes yet, says so and leads to the chapters', async () => {
    await fillFirstScreen(window.api.getStartup({}))
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/notes', component: NotesView },
        { path: '/summary', component: { template: '<div />' } },
        { path: '/', component: { template: '<div />' } },
      ],
    })
    await router.push('/notes')
    const wrapper = mount(NotesView, { global: { plugins: [router, createAppI18n('en')] } })
    await flushPromises()
    expect(wrapper.get('[data-testid="notes-empty"]').text()).toContain('No bookmarks or notes yet')
    const action = wrapper.get('[data-testid="notes-empty-action"]')
    expect(action.text()).toBe('Go to the chapters')
    await action.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/')
  })
})
