// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ProgressBar from './ProgressBar.vue'
import ProgressRing from './ProgressRing.vue'

/** What a screen reader is told: a named progress bar with a whole percentage out of 100. */
const spoken = (el: Element) => ({
  role: el.getAttribute('role'),
  name: el.getAttribute('aria-label'),
  min: el.getAttribute('aria-valuemin'),
  max: el.getAttribute('aria-valuemax'),
  now: el.getAttribute('aria-valuenow'),
})

describe('progress shapes for assistive technology', () => {
  it('a bar reads out its label and percentage', () => {
    const bar = mount(ProgressBar, { props: { percent: 40, label: '첫 번째 장' } })
    expect(spoken(bar.element)).toEqual({ role: 'progressbar', name: '첫 번째 장', min: '0', max: '100', now: '40' })
  })

  it('a ring reads out the whole percentage it draws, kept within 0–100', () => {
    const ring = mount(ProgressRing, { props: { percent: 66.6, label: '전체 진도' } })
    expect(spoken(ring.element)).toEqual({ role: 'progressbar', name: '전체 진도', min: '0', max: '100', now: '67' })
    expect(ring.text()).toBe('67%')
    const over = mount(ProgressRing, { props: { percent: 120, label: '전체 진도' } })
    expect(over.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('100')
  })
})
