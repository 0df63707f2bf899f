// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppI18n } from '../../i18n'
import LayerStack from './LayerStack.vue'
import { sprint3Diagram } from '../../../../../test/support/sprint3-pack'

const stack = sprint3Diagram('stack-layers', 'layer-stack')
let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function mountStack(step = 0) {
  wrapper = mount(LayerStack, {
    props: { diagram: stack, step },
    global: { plugins: [createAppI18n()] },
    attachTo: document.body,
  })
  return wrapper
}
const note = (w: VueWrapper) => w.get('[data-testid="layer-note"]').text()
const selectedLayer = (w: VueWrapper) => w.get('[aria-selected="true"]').attributes('data-layer')

describe('LayerStack', () => {
  it('draws the nine layers top first and shows the selected layer note', () => {
    const w = mountStack(4)
    expect(w.findAll('[data-layer]').map((l) => l.attributes('data-layer'))).toEqual(stack.layers.map((l) => l.id))
    expect(selectedLayer(w)).toBe('os')
    expect(note(w)).toContain('위에서 5번째 층 / 전체 9개')
    expect(note(w)).toContain(stack.layers[4]?.note)
  })

  it('selects a layer by click or keyboard and emits update:step', async () => {
    const w = mountStack()
    const tabs = w.findAll('[role="tab"]')
    await tabs[8]?.trigger('click')
    expect(selectedLayer(w)).toBe('networking')
    expect(note(w)).toContain('스위치, 라우터')
    await tabs[8]?.trigger('keydown', { key: 'ArrowUp' })
    expect(selectedLayer(w)).toBe('storage')
    expect(document.activeElement).toBe(tabs[7]?.element)
    await tabs[7]?.trigger('keydown', { key: 'Home' })
    expect(selectedLayer(w)).toBe('application')
    expect(w.emitted('update:step')).toEqual([[8], [7], [0]])
  })
})
