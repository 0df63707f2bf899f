// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { AnswerSchema, type Answer, type GradeResult, type PublicQuestion } from '../../../../shared/course/schema'
import { createAppI18n, type Locale } from '../../i18n'
import CheckpointCard from './CheckpointCard.vue'
import { realQuestion, type Fixture } from '../../../../../test/support/sprint3-pack'

type CardProps = { draft: Answer | null; result: GradeResult | null; busy: boolean }
let wrapper: VueWrapper | null = null
afterEach(() => wrapper?.unmount())

function mountCard(question: PublicQuestion, props: Partial<CardProps> = {}, locale: Locale = 'ko') {
  wrapper = mount(CheckpointCard, {
    attachTo: document.body,
    props: { question, draft: null, result: null, ...props },
    global: { plugins: [createAppI18n(locale)] },
  })
  return wrapper
}

const submitButton = (w: VueWrapper) => w.get('button[type="submit"]')
const status = (w: VueWrapper): string => w.get('[role="status"]').text()
const state = (w: VueWrapper): string | undefined => w.attributes('data-state')
const feedbackText = (w: VueWrapper, id: string): string => w.get(`[data-feedback="${id}"]`).text()

/** Presses 제출, checks the emitted Answer against the IPC schema, grades it like main and shows the result. */
async function submitAndGrade<T extends Answer['type']>(w: VueWrapper, fixture: Fixture<T>): Promise<GradeResult> {
  await submitButton(w).trigger('click')
  const emitted = w.emitted<[Answer]>('submit')?.at(-1)?.[0]
  const answer = AnswerSchema.parse(emitted)
  const result = fixture.grade(answer)
  await w.setProps({ result })
  await flushPromises()
  return result
}

describe('CheckpointCard: single choice', () => {
  const fx = realQuestion('single', 'infra-stack-q1-bottom-layer')

  it('shows the prompt and radios; 제출 is disabled until an option is chosen', async () => {
    const w = mountCard(fx.pub)
    expect(w.attributes('data-question')).toBe(fx.pub.id)
    expect(state(w)).toBe('unanswered')
    expect(w.get('legend').text()).toBe(fx.pub.prompt)
    expect(submitButton(w).text()).toBe('제출')
    expect(submitButton(w).attributes('disabled')).toBeDefined()
    expect(w.text()).toContain('보기를 하나 고르면 제출할 수 있어요.')
    await w.get('form').trigger('submit')
    expect(w.emitted('submit')).toBeUndefined()

    await w.get('input[value="b"]').setValue()
    expect(w.emitted('draft')).toEqual([[{ type: 'single', optionId: 'b' }]])
    expect(submitButton(w).attributes('disabled')).toBeUndefined()
  })

  it('submits the Answer, then says it is wrong in words and explains the chosen option', async () => {
    const w = mountCard(fx.pub)
    await w.get('input[value="b"]').setValue()
    const result = await submitAndGrade(w, fx)
    expect(w.emitted('submit')).toEqual([[{ type: 'single', optionId: 'b' }]])
    expect(w.emitted('draft')?.at(-1)).toEqual([null])
    expect(result.correct).toBe(false)
    expect(state(w)).toBe('answered-wrong')
    expect(status(w)).toContain('아쉽지만 정답이 아니에요.')
    const explanation = fx.full.options.find((o) => o.id === 'b')?.explanation ?? ''
    expect(feedbackText(w, 'b')).toContain(explanation)
    expect(feedbackText(w, 'b')).toContain('틀림')
    expect(feedbackText(w, 'b')).toContain('서버')
    expect(document.activeElement?.getAttribute('data-testid')).toBe('feedback')
  })

  it('다시 풀기 clears the result, keeps the last answer editable and focuses it', async () => {
    const w = mountCard(fx.pub)
    await w.get('input[value="b"]').setValue()
    await submitAndGrade(w, fx)
    await w.get('[data-testid="retry"]').trigger('click')
    await flushPromises()
    expect(w.emitted('retry')).toHaveLength(1)
    expect(state(w)).toBe('unanswered')
    expect(status(w)).toBe('')
    expect(w.find('[data-testid="feedback"]').exists()).toBe(false)
    expect((w.get('input[value="b"]').element as HTMLInputElement).checked).toBe(true)
    expect(document.activeElement).toBe(w.get('input[value="b"]').element)
    expect(w.emitted('draft')?.at(-1)).toEqual([{ type: 'single', optionId: 'b' }])

    await w.get('input[value="a"]').setValue()
    const result = await submitAndGrade(w, fx)
    expect(result.correct).toBe(true)
    expect(state(w)).toBe('answered-correct')
    expect(status(w)).toContain('정답이에요!')
    expect(feedbackText(w, 'a')).toContain('맞음')
  })

  it('while busy shows 채점 중… and does not submit twice', async () => {
    const w = mountCard(fx.pub, { draft: { type: 'single', optionId: 'a' }, busy: true })
    expect(submitButton(w).text()).toBe('채점 중…')
    expect(submitButton(w).attributes('aria-disabled')).toBe('true')
    await w.get('form').trigger('submit')
    expect(w.emitted('submit')).toBeUndefined()
  })
})

describe('CheckpointCard: multiple choice', () => {
  const fx = realQuestion('multiple', 'infra-stack-q3-middleware-examples')

  it('submits the ticked options and explains each of them', async () => {
    const w = mountCard(fx.pub)
    await w.get('input[value="a"]').setValue(true)
    await w.get('input[value="d"]').setValue(true)
    // Ticked options are kept in the order they are shown.
    const optionIds = fx.pub.options.map((o) => o.id).filter((id) => id === 'a' || id === 'd')
    expect(w.emitted('draft')?.at(-1)).toEqual([{ type: 'multiple', optionIds }])
    await submitAndGrade(w, fx)
    expect(w.emitted('submit')).toEqual([[{ type: 'multiple', optionIds }]])
    expect(state(w)).toBe('answered-wrong')
    for (const id of ['a', 'd']) {
      const option = fx.full.options.find((o) => o.id === id)
      expect(feedbackText(w, id)).toContain(option?.explanation)
      expect(feedbackText(w, id)).toContain(option?.correct ? '맞음' : '틀림')
    }
    expect(w.findAll('[data-feedback]')).toHaveLength(2)
  })

  it('says so when everything chosen is right but a correct option is missing', async () => {
    const w = mountCard(fx.pub)
    await w.get('input[value="a"]').setValue(true)
    await submitAndGrade(w, fx)
    expect(status(w)).toContain('빠진 정답이 더 있어요')
  })

  it('emits a null draft when the last tick is removed, and disables 제출 again', async () => {
    const w = mountCard(fx.pub)
    await w.get('input[value="a"]').setValue(true)
    await w.get('input[value="a"]').setValue(false)
    expect(w.emitted('draft')?.at(-1)).toEqual([null])
    expect(submitButton(w).attributes('disabled')).toBeDefined()
  })
})

describe('CheckpointCard: true / false', () => {
  const fx = realQuestion('truefalse', 'infra-stack-q4-os-above-virtualization')

  it('submits X as false and explains the side chosen', async () => {
    const w = mountCard(fx.pub)
    expect(submitButton(w).attributes('disabled')).toBeDefined()
    await w.get('input[value="false"]').setValue()
    await submitAndGrade(w, fx)
    expect(w.emitted('submit')).toEqual([[{ type: 'truefalse', value: false }]])
    expect(state(w)).toBe('answered-correct')
    expect(status(w)).toContain('정답이에요!')
    expect(feedbackText(w, 'false')).toContain(fx.full.explanations.false)
  })
})

describe('CheckpointCard: ordering', () => {
  const fx = realQuestion('ordering', 'infra-stack-q2-layer-order')
  const order = (w: VueWrapper): string[] => w.findAll('[data-item]').map((li) => li.attributes('data-item') ?? '')

  it('starts from the shuffled order and can be submitted as is, showing where each item went', async () => {
    const w = mountCard(fx.pub)
    expect(order(w)).toEqual(fx.pub.items.map((i) => i.id))
    expect(submitButton(w).attributes('disabled')).toBeUndefined()
    await submitAndGrade(w, fx)
    expect(state(w)).toBe('answered-wrong')
    expect(status(w)).toMatch(/9개 중 \d개가 제자리에 있어요/)
    const first = fx.pub.items[0]?.id ?? ''
    expect(feedbackText(w, first)).toContain('1번째')
    expect(feedbackText(w, first)).toContain(fx.full.items.find((i) => i.id === first)?.explanation)
  })

  it('reaches the right order with the 위로 buttons and Alt+Arrow keys, emitting drafts', async () => {
    const w = mountCard(fx.pub)
    for (const [target, id] of fx.full.answer.entries()) {
      while (order(w).indexOf(id) > target) {
        const useKeys = target % 2 === 0
        const el = w.get(`[data-item="${id}"] [data-focus="${useKeys ? 'handle' : 'up'}"]`)
        if (useKeys) await el.trigger('keydown', { key: 'ArrowUp', altKey: true })
        else await el.trigger('click')
      }
    }
    expect(order(w)).toEqual(fx.full.answer)
    expect(w.emitted('draft')?.at(-1)).toEqual([{ type: 'ordering', order: fx.full.answer }])
    const result = await submitAndGrade(w, fx)
    expect(result.correct).toBe(true)
    expect(state(w)).toBe('answered-correct')
  })
})

describe('CheckpointCard: matching', () => {
  const fx = realQuestion('matching', 'service-models-q2-iaas-matching')

  it('enables 제출 only when every left item is matched, then grades the pairs', async () => {
    const w = mountCard(fx.pub)
    const entries = Object.entries(fx.full.answer)
    for (const [index, [left, choice]] of entries.entries()) {
      expect(submitButton(w).attributes('disabled')).toBeDefined()
      // One deliberate mistake: the OS layer is the user's in IaaS.
      await w.get(`[data-left="${left}"] select`).setValue(left === 'os' ? 'vendor' : choice)
      expect(Object.keys((w.emitted<[Answer]>('draft')?.at(-1)?.[0] as { pairs: object }).pairs)).toHaveLength(
        index + 1,
      )
    }
    expect(submitButton(w).attributes('disabled')).toBeUndefined()
    await submitAndGrade(w, fx)
    expect(state(w)).toBe('answered-wrong')
    expect(status(w)).toContain('9개 중 8개를 맞게 짝지었어요.')
    expect(feedbackText(w, 'os')).toContain('틀림')
    expect(feedbackText(w, 'os')).toContain('내 선택: 제공자')
    expect(feedbackText(w, 'os')).toContain(fx.full.left.find((l) => l.id === 'os')?.explanation)
  })
})

describe('CheckpointCard: drafts and restored results', () => {
  const fx = realQuestion('matching', 'service-models-q2-iaas-matching')

  it('restores a half-finished draft into the inputs', () => {
    const w = mountCard(fx.pub, { draft: { type: 'matching', pairs: { application: 'user', gone: 'user' } } })
    expect((w.get('[data-left="application"] select').element as HTMLSelectElement).value).toBe('user')
    expect((w.get('[data-left="data"] select').element as HTMLSelectElement).value).toBe('')
    expect(w.emitted('draft')).toBeUndefined()
  })

  it('adopts a draft that arrives after mounting, unless the learner has already started', async () => {
    const w = mountCard(fx.pub)
    await w.setProps({ draft: { type: 'matching', pairs: { data: 'user' } } })
    expect((w.get('[data-left="data"] select').element as HTMLSelectElement).value).toBe('user')
    await w.get('[data-left="os"] select').setValue('user')
    await w.setProps({ draft: { type: 'matching', pairs: { data: 'vendor' } } })
    expect((w.get('[data-left="data"] select').element as HTMLSelectElement).value).toBe('user')
  })

  it('shows the latest graded attempt after a restart, without the learner choices', () => {
    const result = fx.grade({ type: 'matching', pairs: { ...fx.full.answer } })
    const w = mountCard(fx.pub, { result })
    expect(state(w)).toBe('answered-correct')
    expect(w.find('form').exists()).toBe(false)
    expect(w.get('.cp-prompt').text()).toBe(fx.pub.prompt)
    expect(feedbackText(w, 'application')).not.toContain('내 선택')
  })

  it('prefers a draft over an old result (the learner was retrying)', async () => {
    const result = fx.grade({ type: 'matching', pairs: { ...fx.full.answer } })
    const w = mountCard(fx.pub, { result, draft: { type: 'matching', pairs: { data: 'user' } } })
    expect(state(w)).toBe('unanswered')
    expect(w.find('form').exists()).toBe(true)
    // A store refresh hands the same attempt over again: the learner keeps answering.
    await w.setProps({ result: { ...result } })
    expect(state(w)).toBe('unanswered')
  })
})

describe('CheckpointCard in English', () => {
  it('uses the English strings', async () => {
    const fx = realQuestion('truefalse', 'service-models-q5-saas-all-vendor')
    const w = mountCard(fx.pub, {}, 'en')
    expect(submitButton(w).text()).toBe('Check')
    await w.get('input[value="true"]').setValue()
    await submitAndGrade(w, fx)
    expect(status(w)).toContain('Correct!')
    expect(feedbackText(w, 'true')).toContain('Right')
    expect(w.get('[data-testid="retry"]').text()).toBe('Try again')
  })
})
