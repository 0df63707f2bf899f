// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bindApi } from '../../../../../test/support/bind-api'
import { SPRINT3_PACK } from '../../../../../test/support/packs'
import { tempServices } from '../../../../../test/support/temp-services'
import { createAppI18n } from '../../i18n'
import ReviewDueCard from './ReviewDueCard.vue'

const COURSE = 'k8s-another-class-sprint-3'
let env: ReturnType<typeof tempServices>

beforeEach(() => {
  env = tempServices({ log: () => undefined, packDirs: [SPRINT3_PACK] })
  window.api = bindApi(env.dispatch)
  setActivePinia(createPinia())
})
afterEach(() => env.dispose())

async function dueLine(locale: 'ko' | 'en'): Promise<string> {
  const wrapper = mount(ReviewDueCard, {
    props: { courseId: COURSE },
    global: { plugins: [createAppI18n(locale)], stubs: { RouterLink: true } },
  })
  await flushPromises()
  return wrapper.get('[data-testid="review-due-count"]').text()
}

describe('the dashboard review card', () => {
  it('counts glossary cards due today once the learner has opted in to them', async () => {
    env.services.progress.savePosition(COURSE, 'infra-stack', 'why-layers', 0)
    expect(await dueLine('ko')).toBe('오늘 복습할 문제가 없어요')

    env.services.settings.update({ glossaryReview: true })
    const terms = env.services.termReview.queue(COURSE, 'UTC').due.length
    expect(terms).toBeGreaterThan(0)
    expect(await dueLine('ko')).toBe(`오늘 복습할 카드 ${terms}장 (용어 ${terms}장 포함)`)
    expect(await dueLine('en')).toBe(`${terms} cards to review today (${terms} of them glossary terms)`)
  })
})
