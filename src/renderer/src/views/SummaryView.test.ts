// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useRealServices } from '../../../../test/support/renderer-services'
import { createAppI18n } from '../i18n'
import SummaryView from './SummaryView.vue'
import { fillFirstScreen } from '../first-screen'

const env = useRealServices()

let router: ReturnType<typeof createRouter>

async function mountSummary(chapterId?: string, locale: 'ko' | 'en' = 'ko') {
  await fillFirstScreen(window.api.getStartup({}))
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/summary', name: 'summary', component: SummaryView },
      { path: '/summary/:chapterId', name: 'summary-chapter', component: SummaryView, props: true },
      { path: '/chapter/:chapterId', name: 'chapter', component: { template: '<div />' } },
      { path: '/', component: { template: '<div />' } },
    ],
  })
  const wrapper = mount(SummaryView, {
    props: chapterId ? { chapterId } : {},
    global: { plugins: [router, createAppI18n(locale)] },
  })
  await flushPromises()
  return wrapper
}

describe('SummaryView', () => {
  it('shows the objectives, the note and the missed question with its right answer under its section', async () => {
    const services = env().services
    services.notes.save({
      courseId: 'mini',
      chapterId: 'second',
      sectionId: 'start',
      text: '커널 공유!',
      bookmarked: true,
    })
    services.progress.submitAnswer('mini', 'q-second-tf', { type: 'truefalse', value: false })

    const wrapper = await mountSummary('second')
    expect(wrapper.findAll('article[data-chapter]').map((a) => a.attributes('data-chapter'))).toEqual(['second'])
    expect(wrapper.findAll('.objectives li').map((li) => li.text())).toEqual([
      '컨테이너가 커널을 공유한다는 것을 안다',
      '가상화 방식을 구분할 수 있다',
    ])
    const start = wrapper.get('[data-section="start"]')
    expect(start.get('.lead').text()).toBe('컨테이너는 호스트의 커널을 함께 씁니다.')
    expect(start.get('[data-testid="summary-note"]').text()).toContain('커널 공유!')
    expect(start.find('[aria-label="북마크한 섹션"]').exists()).toBe(true)
    const missed = start.get('[data-question="q-second-tf"]')
    expect(missed.text()).toContain('컨테이너는 호스트의 커널을 함께 쓴다.')
    expect(missed.text()).toContain('1번 틀림')
    expect(missed.text()).toContain('O (맞아요) — 맞습니다. 그래서 게스트 OS가 필요 없습니다.')
    expect(wrapper.find('[data-section="summary"] [data-question]').exists()).toBe(false)
  })

  it('drops a question answered right since, and says nothing is left missed, in English too', async () => {
    const services = env().services
    services.progress.submitAnswer('mini', 'q-second-tf', { type: 'truefalse', value: false })
    services.progress.submitAnswer('mini', 'q-second-tf', { type: 'truefalse', value: true })
    const wrapper = await mountSummary(undefined, 'en')
    expect(wrapper.findAll('article[data-chapter]')).toHaveLength(2)
    expect(wrapper.find('[data-question]').exists()).toBe(false)
    expect(wrapper.text()).toContain('No question is left answered wrong.')
    expect(wrapper.get('h1').text()).toBe('My one-page summary')
  })

  it('says nothing of the learner’s own is there yet, and leads to the chapter to study', async () => {
    const whole = await mountSummary()
    expect(whole.get('[data-testid="summary-empty"]').text()).toContain('아직 나만의 메모나 틀린 문제가 없어요')
    await whole.get('[data-testid="summary-empty-action"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/')
    whole.unmount()

    const chapter = await mountSummary('second')
    await chapter.get('[data-testid="summary-empty-action"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/chapter/second')
    chapter.unmount()
  })

  it('drops the empty state once there is a note', async () => {
    env().services.notes.save({
      courseId: 'mini',
      chapterId: 'first',
      sectionId: 'intro',
      text: '메모',
      bookmarked: false,
    })
    const wrapper = await mountSummary()
    expect(wrapper.find('[data-testid="summary-empty"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="summary-note"]').text()).toContain('메모')
  })
})
