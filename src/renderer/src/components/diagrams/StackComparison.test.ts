// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '../../i18n'
import type { ComparisonDiagram } from './diagram-kit'
import StackComparison from './StackComparison.vue'
import { sprint3Diagram } from '../../../../../test/support/sprint3-pack'

const stacks = sprint3Diagram('virtualization-stacks', 'stack-comparison')
let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function mountStacks(diagram: ComparisonDiagram, step = 0) {
  wrapper = mount(StackComparison, {
    props: { diagram, step },
    global: { plugins: [createAppI18n()] },
    attachTo: document.body,
  })
  return wrapper
}

const current = (w: VueWrapper) => w.findAll('[data-current="true"]').map((s) => s.attributes('data-stack'))
const announced = (w: VueWrapper) => w.get('[data-testid="stack-step"]')
const states = (w: VueWrapper, stackId: string) =>
  w.findAll(`[data-stack="${stackId}"] [data-state]`).map((cell) => [cell.attributes('data-state'), cell.text()])

describe('StackComparison', () => {
  it('draws every stack side by side with its layers top first, the first one current', () => {
    const w = mountStacks(stacks)
    expect(w.findAll('[data-stack]').map((s) => s.attributes('data-stack'))).toEqual([
      'host',
      'hypervisor',
      'container',
    ])
    expect(current(w)).toEqual(['host'])
    expect(w.findAll('[data-stack="host"] [data-layer]').map((cell) => cell.text())).toEqual(
      stacks.stacks[0]?.layers.map((l) => l.label),
    )
    // App A and App B share a row (drawn side by side), each VM with its own guest OS below.
    const rows = w.findAll('[data-stack="host"] .stack-layers > li')
    expect(rows[0]?.findAll('[data-layer]').map((c) => c.attributes('data-layer'))).toEqual(['app-a', 'app-b'])
    expect(rows[1]?.findAll('[data-layer]').map((c) => c.attributes('data-layer'))).toEqual([
      'guest-os-a',
      'guest-os-b',
    ])
    expect(announced(w).attributes('aria-live')).toBe('polite')
    expect(announced(w).text()).toContain(stacks.stacks[0]?.step)
    expect(w.findAll('[data-state]')).toHaveLength(0)
    expect(w.get('[data-action="previous"]').attributes('aria-disabled')).toBe('true')
  })

  it('steps through with 다음/이전, marking what each stack removes and adds', async () => {
    const w = mountStacks(stacks)
    await w.get('[data-action="next"]').trigger('click')
    expect(current(w)).toEqual(['hypervisor'])
    expect(announced(w).text()).toContain(stacks.stacks[1]?.step)
    expect(states(w, 'host')).toEqual([
      ['removed', '하이퍼바이저 (타입 2, 예: VirtualBox)− 빠짐'],
      ['removed', '호스트 OS− 빠짐'],
    ])
    expect(states(w, 'hypervisor')).toEqual([['added', '하이퍼바이저 (타입 1, 예: VMware ESXi)+ 추가']])
    expect(w.findAll('.diff.removed .chip').map((c) => c.text())).toEqual([
      '하이퍼바이저 (타입 2, 예: VirtualBox)',
      '호스트 OS',
    ])
    expect(w.text()).toContain('빠진 층')

    await w.get('[data-action="next"]').trigger('click')
    expect(current(w)).toEqual(['container'])
    // Matched by id: App A and App B are reworded in the container stack but neither removed nor added.
    expect(
      w
        .findAll('[data-stack="hypervisor"] [data-state]')
        .map((c) => [c.attributes('data-layer'), c.attributes('data-state')]),
    ).toEqual([
      ['guest-os-a', 'removed'],
      ['guest-os-b', 'removed'],
      ['hypervisor-type1', 'removed'],
    ])
    expect(
      w
        .findAll('[data-stack="container"] [data-state]')
        .map((c) => [c.attributes('data-layer'), c.attributes('data-state')]),
    ).toEqual([
      ['container-runtime', 'added'],
      ['host-os', 'added'],
    ])
    expect(states(w, 'host')).toEqual([])
    expect(w.get('[data-action="next"]').attributes('aria-disabled')).toBe('true')

    await w.get('[data-action="next"]').trigger('click')
    await w.get('[data-action="previous"]').trigger('click')
    expect(current(w)).toEqual(['hypervisor'])
    expect(w.emitted('update:step')).toEqual([[1], [2], [1]])
  })

  it('steps with Arrow keys / Home / End when focused, announcing each step, without chapter navigation', async () => {
    const w = mountStacks(stacks)
    const windowKeys = vi.fn()
    window.addEventListener('keydown', windowKeys)
    const next = w.get('[data-action="next"]')
    await next.trigger('keydown', { key: 'ArrowRight' })
    expect(current(w)).toEqual(['hypervisor'])
    expect(announced(w).text()).toContain(stacks.stacks[1]?.step)
    await next.trigger('keydown', { key: 'ArrowRight' })
    await next.trigger('keydown', { key: 'ArrowRight' })
    expect(current(w)).toEqual(['container'])
    expect(announced(w).text()).toContain('3 / 3')
    await next.trigger('keydown', { key: 'Home' })
    expect(current(w)).toEqual(['host'])
    expect(w.emitted('update:step')).toEqual([[1], [2], [0]])
    expect(windowKeys).not.toHaveBeenCalled()
    await next.trigger('keydown', { key: 'a' })
    expect(windowKeys).toHaveBeenCalledTimes(1) // other keys still bubble
    window.removeEventListener('keydown', windowKeys)
  })

  it('moves focus along the stack buttons when arrowing on them, and a click jumps', async () => {
    const w = mountStacks(stacks)
    const pickers = w.findAll('[data-stack-picker]')
    await pickers[0]?.trigger('keydown', { key: 'End' })
    expect(current(w)).toEqual(['container'])
    expect(document.activeElement).toBe(pickers[2]?.element)
    expect(pickers[2]?.attributes('aria-current')).toBe('step')
    await pickers[1]?.trigger('click')
    expect(current(w)).toEqual(['hypervisor'])
  })

  it('restores a remembered step', () => {
    const w = mountStacks(sprint3Diagram('deploy-consistency', 'stack-comparison'), 2)
    expect(current(w)).toEqual(['production'])
    expect(announced(w).text()).toContain('운영에 배포합니다')
  })
})
