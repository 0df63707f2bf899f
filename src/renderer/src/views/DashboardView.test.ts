// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createRouter, createMemoryHistory } from 'vue-router'
import { useRealServices } from '../../../../test/support/renderer-services'
import { createAppI18n } from '../i18n'
import DashboardView from './DashboardView.vue'
import { fillFirstScreen } from '../first-screen'

const env = useRealServices()

async function mountDashboard() {
  await fillFirstScreen(window.api.getStartup({}))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'dashboard', component: DashboardView },
      { path: '/chapter/:chapterId', name: 'chapter', component: { template: '<div />' } },
      { path: '/summary', name: 'summary', component: { template: '<div />' } },
    ],
  })
  const wrapper = mount(DashboardView, { global: { plugins: [router, createAppI18n()] } })
  await flushPromises()
  return { wrapper, router }
}

describe('DashboardView', () => {
  it('shows every chapter as not started at 0% on first launch, in Korean', async () => {
    const { wrapper } = await mountDashboard()
    expect(wrapper.get('[data-testid="overall-percent"]').text()).toBe('0%')
    expect(wrapper.findAll('.status').map((s) => s.text())).toEqual(['시작 전', '시작 전'])
    expect(wrapper.get('[data-testid="continue"]').text()).toBe('학습 시작하기')
  })

  it('shows a chapter in progress and continues exactly where the learner stopped', async () => {
    env().services.progress.markSectionRead('mini', 'first', 'intro')
    env().services.progress.savePosition('mini', 'first', 'body', 333)
    const { wrapper, router } = await mountDashboard()
    expect(wrapper.get('[data-chapter="first"] .status').attributes('data-status')).toBe('in-progress')
    expect(wrapper.get('[data-chapter="first"]').text()).toContain('1/3')
    await wrapper.get('[data-testid="continue"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/chapter/first?section=body&offset=333')
  })
})
