// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useRealServices } from '../../../../test/support/renderer-services'
import { createAppI18n } from '../i18n'
import GlossaryView from './GlossaryView.vue'
import { fillFirstScreen } from '../first-screen'

useRealServices()

describe('GlossaryView', () => {
  it('shows an empty state when the filter matches nothing, whose button brings every term back', async () => {
    await fillFirstScreen(window.api.getStartup({}))
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/glossary', component: GlossaryView },
        { path: '/chapter/:chapterId', name: 'chapter', component: { template: '<div />' } },
      ],
    })
    await router.push('/glossary')
    const wrapper = mount(GlossaryView, { attachTo: document.body, global: { plugins: [router, createAppI18n()] } })
    await flushPromises()
    const all = wrapper.findAll('[data-testid="glossary-entry"]').length
    expect(all).toBeGreaterThan(1)
    expect(wrapper.find('[data-testid="glossary-empty"]').exists()).toBe(false)

    const filter = wrapper.get<HTMLInputElement>('[data-testid="glossary-filter"]')
    await filter.setValue('없는말')
    expect(wrapper.findAll('[data-testid="glossary-entry"]')).toHaveLength(0)
    expect(wrapper.get('[data-testid="glossary-count"]').text()).toContain('"없는말"에 맞는 용어가 없어요')
    expect(wrapper.get('[data-testid="glossary-empty"]').text()).toContain('맞는 용어가 없어요')

    await wrapper.get('[data-testid="glossary-clear-filter"]').trigger('click')
    expect(filter.element.value).toBe('')
    expect(wrapper.findAll('[data-testid="glossary-entry"]')).toHaveLength(all)
    expect(wrapper.find('[data-testid="glossary-empty"]').exists()).toBe(false)
    expect(document.activeElement).toBe(filter.element)
    wrapper.unmount()
  })
})
