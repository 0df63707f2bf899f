// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { bindApi } from '../../../../test/support/bind-api'
import { tempServices } from '../../../../test/support/temp-services'
import { createAppI18n } from '../i18n'
import { formatInstant } from '../date-format'
import ReviewView from './ReviewView.vue'
import { fillFirstScreen } from '../first-screen'

const DAY = 86_400_000
let env: ReturnType<typeof tempServices>
let clock = new Date('2025-01-15T01:00:00Z')

beforeEach(() => {
  clock = new Date('2025-01-15T01:00:00Z')
  env = tempServices({ now: () => clock })
  window.api = bindApi(env.dispatch)
  setActivePinia(createPinia())
})
afterEach(() => env.dispose())

let router: ReturnType<typeof createRouter>

async function mountReview() {
  await fillFirstScreen(window.api.getStartup({}))
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/review', name: 'review', component: ReviewView },
      { path: '/chapter/:chapterId', name: 'chapter', component: { template: '<div />' } },
      { path: '/', component: { template: '<div />' } },
    ],
  })
  await router.push('/review')
  const wrapper = mount(ReviewView, { attachTo: document.body, global: { plugins: [router, createAppI18n()] } })
  await flushPromises()
  return wrapper
}

const miss = (questionId: string, answer: Parameters<typeof env.services.progress.submitAnswer>[2]) =>
  env.services.progress.submitAnswer('mini', questionId, answer)

describe('ReviewView', () => {
  it('shows the glossary cards the review store loaded, asking main for them once', async () => {
    env.services.settings.update({ glossaryReview: true })
    env.services.progress.savePosition('mini', 'first', 'intro', 0)
    const due = env.services.termReview.queue('mini', 'UTC').due
    expect(due.length).toBeGreaterThan(0)
    const asked: string[] = []
    window.api = bindApi((method: string, input: unknown) => {
      asked.push(method)
      return env.dispatch(method, input)
    })

    const wrapper = await mountReview()
    expect(wrapper.get('[data-testid="review-position"]').text()).toBe(`용어 ${due.length}개 중 1번째`)
    expect(wrapper.get('[data-testid="term-review-term"]').text()).toContain(due[0]!.term.ko)
    expect(asked.filter((method) => method === 'getTermReviewQueue')).toHaveLength(1)
    wrapper.unmount()
  })

  it('says there is nothing to review before any question was missed, and leads back to studying', async () => {
    const wrapper = await mountReview()
    expect(wrapper.get('[data-testid="review-empty"]').text()).toContain('지금 복습할 문제가 없어요')
    expect(wrapper.text()).toContain('확인 문제를 틀리면')
    const action = wrapper.get('[data-testid="review-empty-action"]')
    expect(action.text()).toBe('대시보드에서 이어서 학습하기')
    await action.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/')
    wrapper.unmount()
  })

  it('shows a missed question with a link to its section, reschedules it on a right answer, and finishes', async () => {
    miss('q-first-single', { type: 'single', optionId: 'b' })
    miss('q-second-tf', { type: 'truefalse', value: false })
    clock = new Date('2025-01-15T03:00:00Z')
    const wrapper = await mountReview()

    expect(wrapper.get('[data-testid="review-position"]').text()).toBe('2문제 중 1번째')
    expect(wrapper.find('[data-question="q-first-single"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('첫 번째 장 · 들어가며')
    expect(wrapper.get('[data-testid="review-section-link"]').attributes('href')).toBe('/chapter/first?section=intro')

    await wrapper.get('input[value="a"]').setValue()
    await wrapper.get('button[type="submit"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-question="q-first-single"]').attributes('data-state')).toBe('answered-correct')
    const queue = env.services.review.queue('mini', 'UTC')
    expect(queue.due.map((i) => i.card.questionId)).toEqual(['q-second-tf'])
    // Good on a new card: three days out (FSRS default weights, no fuzz).
    expect(queue.nextDueAt).toBe(clock.getTime() + 3 * DAY)
    expect(wrapper.get('[data-testid="review-schedule"]').text()).toBe(
      `맞았어요 다음 복습: ${formatInstant(clock.getTime() + 3 * DAY, 'ko')}`,
    )
    expect(wrapper.find('[data-testid="review-outcome"] svg').exists()).toBe(true)

    await wrapper.get('[data-testid="review-next"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="review-position"]').text()).toBe('2문제 중 2번째')
    expect(document.activeElement).toBe(wrapper.get('[data-testid="review-position"]').element)

    // A wrong answer: the card comes back tomorrow.
    await wrapper.get('input[value="false"]').setValue()
    await wrapper.get('button[type="submit"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-question="q-second-tf"]').attributes('data-state')).toBe('answered-wrong')
    expect(wrapper.get('[data-testid="review-schedule"]').text()).toBe(
      `틀렸어요 다음 복습: ${formatInstant(clock.getTime() + DAY, 'ko')}`,
    )
    expect(wrapper.get('[data-testid="review-next"]').text()).toBe('복습 마치기')

    await wrapper.get('[data-testid="review-next"]').trigger('click')
    await flushPromises()
    const done = wrapper.get('[data-testid="review-empty"]')
    expect(done.text()).toContain('오늘 복습을 모두 마쳤어요')
    expect(done.text()).toContain('복습 카드 2개')
    expect(done.get('[data-testid="review-next-due"]').text()).toBe(
      `다음 복습 예정: ${formatInstant(clock.getTime() + DAY, 'ko')}`,
    )
    wrapper.unmount()
  })

  it('grades a retry the same day without moving the schedule again', async () => {
    miss('q-first-single', { type: 'single', optionId: 'b' })
    const wrapper = await mountReview()
    await wrapper.get('input[value="b"]').setValue()
    await wrapper.get('button[type="submit"]').trigger('click')
    await flushPromises()
    const firstDue = env.services.review.queue('mini', 'UTC').nextDueAt
    expect(firstDue).toBe(clock.getTime() + DAY)

    await wrapper.get('[data-testid="retry"]').trigger('click')
    await wrapper.get('input[value="a"]').setValue()
    await wrapper.get('button[type="submit"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-question="q-first-single"]').attributes('data-state')).toBe('answered-correct')
    expect(wrapper.get('[data-testid="review-schedule"]').text()).toBe(
      '맞았어요 오늘 이미 복습한 문제라 일정은 그대로예요.',
    )
    expect(env.services.review.queue('mini', 'UTC').nextDueAt).toBe(firstDue)
    wrapper.unmount()
  })
})
