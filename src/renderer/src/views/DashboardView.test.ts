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
      { path: '/review', name: 'review', component: { template: '<div />' } },
      { path: '/final', name: 'final-check', component: { template: '<div />' } },
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

  it('invites a first-time learner to start, with the size of the course', async () => {
    const { wrapper } = await mountDashboard()
    const next = wrapper.get('[data-testid="next-step"]')
    expect(next.attributes('data-step')).toBe('start')
    expect(next.text()).toContain('첫 챕터부터 함께 시작해요')
    expect(next.text()).toContain('챕터 2개')
    expect(next.get('[data-testid="continue"]').classes()).toContain('primary')
    expect(wrapper.get('[data-chapter="first"]').classes()).toContain('next')
  })

  it('shows a finished chapter as finished and points on to the next one', async () => {
    const { progress } = env().services
    for (const section of ['intro', 'body', 'summary']) progress.markSectionRead('mini', 'first', section)
    progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'a' })
    progress.submitAnswer('mini', 'q-first-order', { type: 'ordering', order: ['servers', 'os', 'app'] })
    const { wrapper } = await mountDashboard()
    const first = wrapper.get('[data-chapter="first"]')
    expect(first.classes()).toContain('complete')
    expect(first.get('.status').text()).toBe('완료')
    expect(first.text()).toContain('100%')
    expect(wrapper.get('[data-testid="chapters-done"]').text()).toBe('챕터 1/2개 완료')
    const next = wrapper.get('[data-testid="next-step"]')
    expect(next.attributes('data-step')).toBe('continue')
    expect(next.text()).toContain('두 번째 장')
    expect(wrapper.get('[data-chapter="second"]').classes()).toContain('next')
  })

  it('makes due review the one primary step, with continuing still offered', async () => {
    env().services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'b' })
    const { wrapper, router } = await mountDashboard()
    const next = wrapper.get('[data-testid="next-step"]')
    expect(next.attributes('data-step')).toBe('review')
    expect(next.findAll('.primary')).toHaveLength(1)
    expect(next.get('[data-testid="next-review"]').text()).toContain('1')
    expect(next.get('[data-testid="continue"]').classes()).not.toContain('primary')
    await next.get('[data-testid="next-review"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/review')
  })
})
