// @vitest-environment happy-dom
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useRealServices } from '../../../../test/support/renderer-services'
import { createAppI18n } from '../i18n'
import ChapterView from './ChapterView.vue'
import { takeChapterState } from '../chapter-opening/chapter-cache'
import { fillFirstScreen } from '../first-screen'
import { useChapterStateStore } from '../stores/chapter-state'

const env = useRealServices()
// Unmounted while the services are still open: the page saves the reading position as it closes.
enableAutoUnmount(afterEach)

async function mountChapter(chapterId: string) {
  await fillFirstScreen(window.api.getStartup({}))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/chapter/:chapterId', name: 'chapter', component: ChapterView, props: true },
      { path: '/summary/:chapterId', name: 'summary-chapter', component: { template: '<div />' } },
    ],
  })
  await router.push(`/chapter/${chapterId}`)
  const wrapper = mount(ChapterView, { props: { chapterId }, global: { plugins: [router, createAppI18n()] } })
  await flushPromises()
  return wrapper
}

describe('the completion rule on the chapter page', () => {
  it('states the rule and everything still missing on a fresh chapter', async () => {
    const wrapper = await mountChapter('first')
    const rule = wrapper.get('[data-testid="completion-rule"]').text()
    expect(rule).toContain('모든 섹션을 읽고 마무리 점검에서 80% 이상 맞히면 완료됩니다.')
    expect(rule).toContain('남은 섹션 3개')
    expect(rule).toContain('정답이 2개 더 필요해요')
  })

  it('counts down as sections are read and questions answered, then says complete', async () => {
    env().services.progress.markSectionRead('mini', 'first', 'intro')
    env().services.progress.markSectionRead('mini', 'first', 'body')
    env().services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'a' })
    let wrapper = await mountChapter('first')
    let rule = wrapper.get('[data-testid="completion-rule"]').text()
    expect(rule).toContain('남은 섹션 1개')
    expect(rule).toContain('정답이 1개 더 필요해요')
    wrapper.unmount()

    env().services.progress.markSectionRead('mini', 'first', 'summary')
    env().services.progress.submitAnswer('mini', 'q-first-order', { type: 'ordering', order: ['servers', 'os', 'app'] })
    setActivePinia(createPinia())
    wrapper = await mountChapter('first')
    rule = wrapper.get('[data-testid="completion-rule"]').text()
    expect(rule).toContain('이 챕터를 완료했어요.')
    expect(rule).not.toContain('남은 섹션')
  })

  it('shows the read mark of each section in the table of contents', async () => {
    env().services.progress.markSectionRead('mini', 'first', 'body')
    const wrapper = await mountChapter('first')
    expect(wrapper.get('[data-toc="body"] .mark').attributes('data-read')).toBe('true')
    expect(wrapper.get('[data-toc="intro"] .mark').attributes('data-read')).toBe('false')
  })
})

describe('moving between chapters', () => {
  it('keeps a draft typed just before moving on in the state the next chapter page asks for ahead', async () => {
    const wrapper = await mountChapter('first')
    const ready = () => expect(wrapper.get('article').attributes('data-ready')).toBe('true')
    await vi.waitFor(ready)
    // Still waiting out its delay when the learner turns the page.
    useChapterStateStore().setDraft('mini', 'q-first-single', { type: 'single', optionId: 'a' })
    await wrapper.setProps({ chapterId: 'second' })
    await vi.waitFor(ready)
    expect(wrapper.get('h1').text()).toBe('두 번째 장')
    // Coming back to the first chapter opens with the state asked for ahead: the draft is in it.
    expect((await takeChapterState('mini', 'first')).drafts['q-first-single']).toEqual({
      type: 'single',
      optionId: 'a',
    })
  })
})

describe('the chapter-complete moment', () => {
  const readAll = () => {
    for (const id of ['intro', 'body', 'summary']) env().services.progress.markSectionRead('mini', 'first', id)
  }

  it('shows a chapter opened complete with its objectives, score and the next chapter, without fanfare', async () => {
    readAll()
    env().services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'a' })
    env().services.progress.submitAnswer('mini', 'q-first-order', { type: 'ordering', order: ['servers', 'os', 'app'] })
    const wrapper = await mountChapter('first')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="chapter-complete"]').exists()).toBe(true))
    const moment = wrapper.get('[data-testid="chapter-complete"]')
    expect(moment.text()).toContain('인프라 층을 말할 수 있다')
    expect(wrapper.get('[data-testid="chapter-complete-score"]').text()).toBe('점검 2문제 중 2문제 정답')
    expect(wrapper.get('[data-testid="chapter-complete-next"]').attributes('href')).toContain('/chapter/second')
    expect(moment.attributes('data-celebrate')).toBeUndefined()
    expect(wrapper.get('[data-testid="chapter-announcement"]').text()).toBe('')
  })

  it('celebrates and announces the chapter becoming complete on this visit', async () => {
    readAll()
    env().services.progress.submitAnswer('mini', 'q-first-single', { type: 'single', optionId: 'a' })
    const wrapper = await mountChapter('first')
    await vi.waitFor(() => expect(wrapper.get('article').attributes('data-ready')).toBe('true'))
    expect(wrapper.find('[data-testid="chapter-complete"]').exists()).toBe(false)

    await useChapterStateStore().submit('mini', 'q-first-order', { type: 'ordering', order: ['servers', 'os', 'app'] })
    await flushPromises()
    expect(wrapper.get('[data-testid="chapter-complete"]').attributes('data-celebrate')).toBe('true')
    expect(wrapper.get('[data-testid="chapter-announcement"]').text()).toBe(
      '챕터 완료! 점검 2문제 중 2문제를 맞혔어요.',
    )
  })

  it('is not shown while the chapter is incomplete', async () => {
    const wrapper = await mountChapter('first')
    await vi.waitFor(() => expect(wrapper.get('article').attributes('data-ready')).toBe('true'))
    expect(wrapper.find('[data-testid="chapter-complete"]').exists()).toBe(false)
  })
})
