// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { bindApi } from '../../../../test/support/bind-api'
import { tempServices } from '../../../../test/support/temp-services'
import { createAppI18n } from '../i18n'
import { useStatsStore } from '../stores/stats'
import StatsView from './StatsView.vue'
import { fillFirstScreen } from '../first-screen'

let env: ReturnType<typeof tempServices>
let clock = new Date()

/**
 * 30 minutes at 23:30 on the 15th in Seoul (14:30Z), a wrong answer at 00:30 on the 16th
 * (15:30Z) and a right one at 16:30 (07:30Z); the page opens at 18:00 on the 16th (09:00Z).
 * In Los Angeles all three fall on the 15th, and it is 01:00 on the 16th there.
 */
beforeEach(() => {
  env = tempServices({ now: () => clock })
  window.api = bindApi(env.dispatch)
  setActivePinia(createPinia())
  clock = new Date('2025-01-15T14:30:00Z')
  env.services.chapterState.recordStudyTime('mini', 'first', 1800)
  clock = new Date('2025-01-15T15:30:00Z')
  env.services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'b' })
  clock = new Date('2025-01-16T07:30:00Z')
  env.services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'a' })
  clock = new Date('2025-01-16T09:00:00Z')
})
afterEach(() => env.dispose())

let router: ReturnType<typeof createRouter>

async function mountStats(timeZone: string, locale: 'ko' | 'en' = 'ko') {
  await fillFirstScreen(window.api.getStartup({}))
  useStatsStore().timeZone = timeZone
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: StatsView },
      { path: '/chapter/:chapterId', name: 'chapter', component: { template: '<div />' } },
    ],
  })
  const wrapper = mount(StatsView, { global: { plugins: [router, createAppI18n(locale)] } })
  await flushPromises()
  return wrapper
}

describe('StatsView', () => {
  it('shows the streak, today and the calendar in Seoul days', async () => {
    const wrapper = await mountStats('Asia/Seoul')
    expect(wrapper.get('[data-testid="streak-current"]').text()).toBe('2일')
    expect(wrapper.get('[data-testid="streak-today"]').text()).toBe('오늘도 학습했어요.')
    expect(wrapper.get('[data-testid="today"]').text()).toBe('0분 · 2문제')
    expect(wrapper.get('[data-testid="total-minutes"]').text()).toBe('30분')
    expect(wrapper.get('rect[data-date="2025-01-15"]').attributes('data-level')).toBe('3')
    expect(wrapper.get('rect[data-date="2025-01-16"]').attributes('data-level')).toBe('1')
    expect(wrapper.get('rect[data-date="2025-01-16"]').classes()).toContain('today')
    expect(wrapper.get('rect[data-date="2025-01-14"]').attributes('data-level')).toBe('0')
    expect(wrapper.findAll('rect[data-date]')).toHaveLength(81)
    expect(wrapper.get('[data-testid="heatmap-summary"]').text()).toContain('2일 학습, 모두 30분 공부하고 2문제')
  })

  it('keeps yesterday’s streak open in Los Angeles, where the answers fell on the 15th', async () => {
    const wrapper = await mountStats('America/Los_Angeles')
    expect(wrapper.get('[data-testid="streak-current"]').text()).toBe('1일')
    expect(wrapper.get('[data-testid="streak-today"]').text()).toBe('오늘 학습하면 연속 기록이 이어져요.')
    expect(wrapper.get('[data-testid="today"]').text()).toBe('0분 · 0문제')
    expect(wrapper.get('rect[data-date="2025-01-15"]').attributes('data-level')).toBe('3')
    expect(wrapper.get('rect[data-date="2025-01-16"]').attributes('data-level')).toBe('0')
  })

  it('gives the calendar as a table with the same numbers, always in the accessibility tree', async () => {
    const wrapper = await mountStats('Asia/Seoul')
    const table = wrapper.get('[data-testid="heatmap-table"]')
    expect(table.classes()).toContain('visually-hidden')
    expect(table.get('td[data-date="2025-01-15"]').text()).toBe('30분 · 0문제')
    expect(table.get('td[data-date="2025-01-16"]').text()).toBe('0분 · 2문제')
    expect(table.get('td[data-date="2025-01-14"]').text()).toBe('–')
    expect(table.findAll('tbody tr')).toHaveLength(12)
    const toggle = wrapper.get('[data-testid="heatmap-toggle"]')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(wrapper.get('[data-testid="heatmap-table"]').classes()).not.toContain('visually-hidden')
    expect(wrapper.get('svg[role="img"]').attributes('aria-describedby')).toBeTruthy()
  })

  it('shows accuracy per chapter as text, in English too', async () => {
    const wrapper = await mountStats('UTC', 'en')
    expect(wrapper.get('[data-chapter="first"] [data-testid="accuracy-rate"]').text()).toBe('50%')
    expect(wrapper.get('[data-chapter="second"] [data-testid="accuracy-rate"]').text()).toBe('None yet')
    expect(wrapper.get('[data-testid="streak-current"]').text()).toBe('2 days')
  })

  it('before any study, shows no zeros but the way to the first chapter', async () => {
    env.services.progress.resetCourse('mini')
    const wrapper = await mountStats('Asia/Seoul')
    expect(wrapper.find('[data-testid="streak"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="stats-empty"]').text()).toContain('아직 학습 기록이 없어요')
    await wrapper.get('[data-testid="stats-empty-action"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/chapter/first')
  })
})
