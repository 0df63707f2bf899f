// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '../../i18n'
import Matching from './Matching.vue'
import { realQuestion } from '../../../../../test/support/sprint3-pack'

const { pub, full } = realQuestion('matching', 'service-models-q2-iaas-matching')

function mountMatching(modelValue: Record<string, string> = {}) {
  const w: VueWrapper = mount(Matching, {
    props: {
      legend: pub.prompt,
      left: pub.left,
      choices: pub.choices,
      modelValue,
      'onUpdate:modelValue': (pairs: Record<string, string>) => w.setProps({ modelValue: pairs }),
    },
    global: { plugins: [createAppI18n()] },
  })
  return w
}

describe('Matching', () => {
  it('has one labelled native select per left item, starting on the "선택하세요" placeholder', () => {
    const w = mountMatching()
    expect(w.get('fieldset legend').text()).toBe(pub.prompt)
    const rows = w.findAll('[data-left]')
    expect(rows).toHaveLength(pub.left.length)
    for (const [index, left] of pub.left.entries()) {
      const row = rows[index]
      const select = row?.get('select')
      expect(row?.get(`label[for="${select?.attributes('id')}"]`).text()).toBe(left.text)
      const options = select?.findAll('option') ?? []
      expect(options.map((o) => o.text())).toEqual(['선택하세요', ...pub.choices.map((c) => c.text)])
      expect((select?.element as HTMLSelectElement).value).toBe('')
    }
    expect(w.get('[data-testid="match-progress"]').text()).toBe(`${pub.left.length}개 중 0개 짝지음`)
  })

  it('emits the pairs as the learner picks, keeping earlier picks', async () => {
    const w = mountMatching()
    await w.get('[data-left="application"] select').setValue('user')
    await w.get('[data-left="servers"] select').setValue('vendor')
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([{ application: 'user', servers: 'vendor' }])
    expect(w.get('[data-left="application"]').attributes('data-matched')).toBe('true')
    expect(w.get('[data-testid="match-progress"]').text()).toBe(`${pub.left.length}개 중 2개 짝지음`)
  })

  it('shows a restored value in its select', () => {
    const w = mountMatching({ ...full.answer })
    expect((w.get('[data-left="os"] select').element as HTMLSelectElement).value).toBe('user')
    expect((w.get('[data-left="networking"] select').element as HTMLSelectElement).value).toBe('vendor')
  })

  it('pairs a choice dragged from the bank onto an item, and shows it in that item select', async () => {
    const w = mountMatching({ application: 'user' })
    await w.get('[data-choice="vendor"]').trigger('dragstart')
    await w.get('[data-left="servers"]').trigger('dragover')
    expect(w.get('[data-left="servers"]').attributes('data-drop')).toBe('true')
    await w.get('[data-left="servers"]').trigger('drop')
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([{ application: 'user', servers: 'vendor' }])
    expect((w.get('[data-left="servers"] select').element as HTMLSelectElement).value).toBe('vendor')
    expect(w.get('[data-left="servers"]').attributes('data-drop')).toBeUndefined()
  })

  it('offers no drag bank while the question is being graded', () => {
    const w = mount(Matching, {
      props: { legend: pub.prompt, left: pub.left, choices: pub.choices, modelValue: {}, disabled: true },
      global: { plugins: [createAppI18n()] },
    })
    expect(w.find('.cp-bank').exists()).toBe(false)
  })
})
