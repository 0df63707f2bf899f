// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '../../i18n'
import ChoiceList from './ChoiceList.vue'
import { realQuestion } from '../../../../../test/support/sprint3-pack'
import TrueFalse from './TrueFalse.vue'

const global = { plugins: [createAppI18n()] }
const single = realQuestion('single').pub
const multiple = realQuestion('multiple').pub
const labelText = (w: VueWrapper, id: string): string => w.get(`[data-option="${id}"]`).text()

describe('ChoiceList with one choice', () => {
  it('is a radio group under the prompt; each option is a labelled radio of one shared name', async () => {
    const w = mount(ChoiceList, {
      props: { legend: single.prompt, options: single.options, modelValue: null },
      global,
    })
    expect(w.get('fieldset legend').text()).toBe(single.prompt)
    const radios = w.findAll('input[type="radio"]')
    expect(radios).toHaveLength(single.options.length)
    expect(new Set(radios.map((r) => r.attributes('name'))).size).toBe(1)
    const second = single.options[1]
    expect(labelText(w, second?.id ?? '')).toContain(second?.text)
    await w.get(`input[value="${second?.id}"]`).setValue()
    expect(w.emitted('update:modelValue')).toEqual([[second?.id]])
  })

  it('shows the chosen option as checked', () => {
    const w = mount(ChoiceList, {
      props: { legend: single.prompt, options: single.options, modelValue: 'c' },
      global,
    })
    expect((w.get('input[value="c"]').element as HTMLInputElement).checked).toBe(true)
  })
})

describe('ChoiceList with several choices', () => {
  it('ticks and unticks checkboxes, keeping the options order', async () => {
    const w: VueWrapper = mount(ChoiceList, {
      props: {
        legend: multiple.prompt,
        options: multiple.options,
        modelValue: [],
        'onUpdate:modelValue': (ids: string | string[] | null) => w.setProps({ modelValue: ids }),
      },
      global,
    })
    expect(w.findAll('input[type="checkbox"]')).toHaveLength(multiple.options.length)
    await w.get('input[value="c"]').setValue(true)
    await w.get('input[value="a"]').setValue(true)
    // In the order the options are shown, whichever was ticked first.
    const shownOrder = multiple.options.map((o) => o.id).filter((id) => id === 'a' || id === 'c')
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([shownOrder])
    await w.get('input[value="c"]').setValue(false)
    expect(w.emitted('update:modelValue')?.at(-1)).toEqual([['a']])
  })
})

describe('TrueFalse', () => {
  it('offers O and X as two radios, each with its word', async () => {
    const w = mount(TrueFalse, { props: { legend: '참일까요?', modelValue: null }, global })
    expect(w.get('fieldset legend').text()).toBe('참일까요?')
    expect(w.findAll('input[type="radio"]')).toHaveLength(2)
    expect(labelText(w, 'true')).toContain('맞아요')
    expect(labelText(w, 'false')).toContain('아니에요')
    await w.get('input[value="false"]').setValue()
    await w.get('input[value="true"]').setValue()
    expect(w.emitted('update:modelValue')).toEqual([[false], [true]])
  })

  it('uses the English words in English', () => {
    const w = mount(TrueFalse, {
      props: { legend: 'True?', modelValue: true },
      global: { plugins: [createAppI18n('en')] },
    })
    expect(labelText(w, 'true')).toContain('True')
    expect((w.get('input[value="true"]').element as HTMLInputElement).checked).toBe(true)
  })
})
