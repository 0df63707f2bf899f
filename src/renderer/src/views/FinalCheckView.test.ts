// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useRealServices } from '../../../../test/support/renderer-services'
import { createAppI18n } from '../i18n'
import FinalCheckView from './FinalCheckView.vue'
import { fillFirstScreen } from '../first-screen'
import { useCourseStore } from '../stores/course'

const env = useRealServices()

async function mountFinalCheck() {
  await fillFirstScreen(window.api.getStartup({}))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<div />' } },
      { path: '/final', component: FinalCheckView },
      { path: '/review', component: { template: '<div />' } },
      { path: '/chapter/:chapterId', name: 'chapter', component: { template: '<div />' } },
    ],
  })
  const wrapper = mount(FinalCheckView, { global: { plugins: [router, createAppI18n()] } })
  await flushPromises()
  return wrapper
}

const optionOrder = (wrapper: Awaited<ReturnType<typeof mountFinalCheck>>) =>
  wrapper.findAll('[data-final-item="q-final-multiple"] input[type="checkbox"]').map((i) => i.attributes('value'))

describe('FinalCheckView', () => {
  it('opens under its title and icon, as every page does', async () => {
    const wrapper = await mountFinalCheck()
    expect(wrapper.get('h1').text()).toBe('최종 점검')
    expect(wrapper.get('.page-header .badge svg').classes()).toContain('lucide-clipboard-check-icon')
  })

  it('says in the learner’s words why the final check could not be loaded', async () => {
    await fillFirstScreen(window.api.getStartup({}))
    const course = useCourseStore()
    // A course the library does not hold: main answers with an error whose message is for developers.
    course.outline = { ...course.outline!, id: 'no-such-course' }
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: FinalCheckView }] })
    const wrapper = mount(FinalCheckView, { global: { plugins: [router, createAppI18n()] } })
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('최종 점검을 불러오지 못했습니다: 찾는 내용이 이 코스에 없어요.')
  })

  it('grades an answer like a checkpoint, and the retry shows the options in a new order', async () => {
    const wrapper = await mountFinalCheck()
    expect(wrapper.get('[data-testid="final-check-score"]').text()).toBe('2문제 중 0문제 맞힘')
    expect(wrapper.get('[data-final-item="q-final-tf"]').text()).toContain('두 번째 장 · 시작')
    const before = optionOrder(wrapper)
    expect([...before].sort()).toEqual(['app', 'os', 'servers'])

    const item = wrapper.get('[data-final-item="q-final-multiple"]')
    await item.get('input[value="servers"]').setValue(true)
    await item.get('form').trigger('submit')
    await flushPromises()
    expect(item.get('.checkpoint-card').attributes('data-state')).toBe('answered-wrong')
    expect(env().services.chapterState.finalCheck('mini').results['q-final-multiple']?.grade.correct).toBe(false)

    await item.get('[data-testid="retry"]').trigger('click')
    await flushPromises()
    expect(optionOrder(wrapper)).not.toEqual(before)
    // The choice carries over by id, whatever its new place.
    expect((item.get('input[value="servers"]').element as HTMLInputElement).checked).toBe(true)
  })

  it('comes back with the results and the order of the current attempt', async () => {
    env().services.progress.submitAnswer('mini', 'q-final-tf', { type: 'truefalse', value: false })
    const { next } = env().services.progress.submitAnswer('mini', 'q-final-multiple', {
      type: 'multiple',
      optionIds: ['os'],
    })
    const wrapper = await mountFinalCheck()
    expect(wrapper.get('[data-testid="final-check-score"]').text()).toBe('2문제 중 1문제 맞힘')
    await wrapper.get('[data-final-item="q-final-multiple"] [data-testid="retry"]').trigger('click')
    await flushPromises()
    expect(optionOrder(wrapper)).toEqual(next.type === 'multiple' ? next.options.map((o) => o.id) : [])
  })
})
