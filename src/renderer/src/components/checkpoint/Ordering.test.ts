// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppI18n } from '../../i18n'
import Ordering from './Ordering.vue'
import { withObjectParticle } from '../../josa'
import { realQuestion } from '../../../../../test/support/sprint3-pack'

const { pub } = realQuestion('ordering', 'infra-stack-q2-layer-order')
const textOf = (id: string): string => pub.items.find((i) => i.id === id)?.text ?? id
let wrapper: VueWrapper | null = null
afterEach(() => wrapper?.unmount())

function mountOrdering(disabled = false) {
  const w = mount(Ordering, {
    attachTo: document.body,
    props: {
      legend: pub.prompt,
      items: pub.items,
      disabled,
      modelValue: pub.items.map((i) => i.id),
      'onUpdate:modelValue': (order: string[]) => w.setProps({ modelValue: order }),
    },
    global: { plugins: [createAppI18n()] },
  })
  wrapper = w
  return w
}

const order = (w: VueWrapper): string[] => w.findAll('li').map((li) => li.attributes('data-item') ?? '')
const handle = (w: VueWrapper, id: string) => w.get(`[data-item="${id}"] [data-focus="handle"]`)
const announcement = (w: VueWrapper): string => w.get('[data-testid="order-announcement"]').text()
const focusedItem = (): string | undefined =>
  (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-item]')?.dataset['item']
const focusedKind = (): string | undefined => (document.activeElement as HTMLElement | null)?.dataset['focus']

describe('Ordering', () => {
  it('lists the items in the order main sent them, numbered, inside a fieldset with the prompt as legend', () => {
    const w = mountOrdering()
    expect(w.get('fieldset legend').text()).toBe(pub.prompt)
    expect(order(w)).toEqual(pub.items.map((i) => i.id))
    expect(w.findAll('.cp-order-pos').map((p) => p.text())).toEqual(pub.items.map((_, i) => String(i + 1)))
  })

  it('gives every move button a label naming its item, and disables moves past either end', () => {
    const w = mountOrdering()
    const [first, last] = [pub.items[0]?.id ?? '', pub.items.at(-1)?.id ?? '']
    const up = w.get(`[data-item="${first}"] [data-focus="up"]`)
    expect(up.text()).toContain('위로')
    expect(up.attributes('aria-label')).toBe(`${textOf(first)} 위로 옮기기`)
    expect(up.attributes('disabled')).toBeDefined()
    expect(w.get(`[data-item="${last}"] [data-focus="down"]`).attributes('aria-label')).toBe(
      `${textOf(last)} 아래로 옮기기`,
    )
    expect(w.get(`[data-item="${last}"] [data-focus="down"]`).attributes('disabled')).toBeDefined()
  })

  it('moves the focused item with Alt+ArrowDown / Alt+ArrowUp, keeps focus on it and announces it', async () => {
    const w = mountOrdering()
    const [a, b] = [pub.items[0]?.id ?? '', pub.items[1]?.id ?? '']
    ;(handle(w, a).element as HTMLElement).focus()

    await handle(w, a).trigger('keydown', { key: 'ArrowDown', altKey: true })
    expect(order(w).slice(0, 2)).toEqual([b, a])
    expect(focusedItem()).toBe(a)
    expect(focusedKind()).toBe('handle')
    expect(announcement(w)).toBe(`${withObjectParticle(textOf(a))} 2번째로 옮겼습니다`)

    await handle(w, a).trigger('keydown', { key: 'ArrowDown', altKey: true })
    expect(order(w).indexOf(a)).toBe(2)
    expect(announcement(w)).toBe(`${withObjectParticle(textOf(a))} 3번째로 옮겼습니다`)

    await handle(w, a).trigger('keydown', { key: 'ArrowUp', altKey: true })
    expect(order(w).indexOf(a)).toBe(1)
    expect(focusedItem()).toBe(a)
  })

  it('ignores plain arrows and moves past the ends', async () => {
    const w = mountOrdering()
    const first = pub.items[0]?.id ?? ''
    const before = order(w)
    await handle(w, first).trigger('keydown', { key: 'ArrowDown' })
    await handle(w, first).trigger('keydown', { key: 'ArrowUp', altKey: true })
    expect(order(w)).toEqual(before)
    expect(w.emitted('update:modelValue')).toBeUndefined()
  })

  it('moves with the buttons; focus stays on the same button, or the other one at an end', async () => {
    const w = mountOrdering()
    const [a, b] = [pub.items[0]?.id ?? '', pub.items[1]?.id ?? '']
    await w.get(`[data-item="${a}"] [data-focus="down"]`).trigger('click')
    expect(order(w).slice(0, 2)).toEqual([b, a])
    expect([focusedItem(), focusedKind()]).toEqual([a, 'down'])

    await w.get(`[data-item="${a}"] [data-focus="up"]`).trigger('click')
    expect(order(w).slice(0, 2)).toEqual([a, b])
    // Now at the top its 위로 button is disabled, so focus moves to 아래로 on the same item.
    expect([focusedItem(), focusedKind()]).toEqual([a, 'down'])
    expect(announcement(w)).toBe(`${withObjectParticle(textOf(a))} 1번째로 옮겼습니다`)
  })

  it('reorders by mouse drag and drop', async () => {
    const w = mountOrdering()
    const ids = pub.items.map((i) => i.id)
    await w.get(`[data-item="${ids[0]}"]`).trigger('dragstart')
    await w.get(`[data-item="${ids[2]}"]`).trigger('dragover')
    await w.get(`[data-item="${ids[2]}"]`).trigger('drop')
    expect(order(w).slice(0, 3)).toEqual([ids[1], ids[2], ids[0]])
  })

  it('does nothing while disabled', async () => {
    const w = mountOrdering(true)
    const first = pub.items[0]?.id ?? ''
    await w.get(`[data-item="${first}"] [data-focus="down"]`).trigger('click')
    await handle(w, first).trigger('keydown', { key: 'ArrowDown', altKey: true })
    expect(w.emitted('update:modelValue')).toBeUndefined()
  })
})
