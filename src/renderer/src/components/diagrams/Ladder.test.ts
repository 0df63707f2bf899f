// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppI18n } from '../../i18n'
import Ladder from './Ladder.vue'
import { sprint3Diagram } from '../../../../../test/support/sprint3-pack'

const ladder = sprint3Diagram('difficulty-ladder', 'ladder')
let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function mountLadder(step = 0) {
  wrapper = mount(Ladder, {
    props: { diagram: ladder, step },
    global: { plugins: [createAppI18n()] },
    attachTo: document.body,
  })
  return wrapper
}
const note = (w: VueWrapper) => w.get('[data-testid="rung-note"]').text()
const selectedRung = (w: VueWrapper) => w.get('[aria-selected="true"]').attributes('data-rung')

describe('Ladder', () => {
  it('draws the rungs easiest first as rising steps and shows the selected rung note', () => {
    const w = mountLadder(1)
    const rungs = w.findAll('[data-rung]')
    expect(rungs.map((r) => r.attributes('data-rung'))).toEqual(['container', 'vm', 'kubernetes'])
    expect(rungs.map((r) => (r.element as HTMLElement).style.getPropertyValue('--level'))).toEqual(['0', '1', '2'])
    expect(selectedRung(w)).toBe('vm')
    expect(note(w)).toContain('2단계')
    expect(note(w)).toContain(ladder.rungs[1]?.note)
  })

  it('selects a rung by click or Arrow keys that follow the staircase, and emits update:step', async () => {
    const w = mountLadder()
    const rungs = w.findAll('[role="tab"]')
    await rungs[1]?.trigger('click')
    expect(selectedRung(w)).toBe('vm')
    // ↑ climbs the staircase, ↓ goes down it, as drawn; the ends are the ends.
    await rungs[1]?.trigger('keydown', { key: 'ArrowUp' })
    expect(selectedRung(w)).toBe('kubernetes')
    expect(note(w)).toContain('자가 치유')
    expect(document.activeElement).toBe(rungs[2]?.element)
    await rungs[2]?.trigger('keydown', { key: 'ArrowUp' })
    await rungs[2]?.trigger('keydown', { key: 'ArrowRight' })
    expect(selectedRung(w)).toBe('kubernetes')
    await rungs[2]?.trigger('keydown', { key: 'ArrowDown' })
    expect(selectedRung(w)).toBe('vm')
    await rungs[1]?.trigger('keydown', { key: 'ArrowLeft' })
    await rungs[0]?.trigger('keydown', { key: 'ArrowDown' })
    expect(selectedRung(w)).toBe('container')
    expect(document.activeElement).toBe(rungs[0]?.element)
    expect(w.emitted('update:step')).toEqual([[1], [2], [1], [0]])
  })
})
