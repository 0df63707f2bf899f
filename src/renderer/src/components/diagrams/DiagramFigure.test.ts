// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { Diagram } from '../../../../shared/course/schema'
import { createAppI18n } from '../../i18n'
import DiagramFigure from './DiagramFigure.vue'
import { sprint3Diagram, sprint3Diagrams } from '../../../../../test/support/sprint3-pack'
import { tinyMatrix } from '../../../../../test/support/tiny-diagrams'

const mounted: VueWrapper[] = []
afterEach(() => mounted.splice(0).forEach((w) => w.unmount()))

function mountFigure(diagram: Diagram, step?: number, locale: 'ko' | 'en' = 'ko') {
  const wrapper = mount(DiagramFigure, {
    props: step === undefined ? { diagram } : { diagram, step },
    global: { plugins: [createAppI18n(locale)] },
    attachTo: document.body,
  })
  mounted.push(wrapper)
  return wrapper
}

/** Cells of the text alternative table, row by row (row header first). */
const tableRows = (w: VueWrapper) =>
  w.findAll('[data-text-alternative] tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))

describe('DiagramFigure', () => {
  it.each(sprint3Diagrams().map((d) => [d.id, d] as const))(
    'renders %s with its title, caption, drawing and table',
    (_, d) => {
      const w = mountFigure(d)
      const figure = w.get('figure')
      expect(figure.attributes('data-diagram')).toBe(d.id)
      expect(figure.attributes('data-kind')).toBe(d.kind)
      expect(w.get('figcaption').text()).toContain(d.title)
      expect(w.get('figcaption').text()).toContain(d.caption)
      const drawn = {
        'layer-stack': '[data-layer]',
        'responsibility-matrix': '[data-layer]',
        'stack-comparison': '[data-stack]',
        ladder: '[data-rung]',
      }
      expect(w.findAll(`.drawing ${drawn[d.kind]}`).length).toBeGreaterThan(1)
      expect(w.get('[data-text-alternative] caption').text()).toMatch(/입니다|비교합니다/)
      expect(tableRows(w).length).toBeGreaterThan(1)
    },
  )

  it('keeps the table in the accessibility tree and lets sighted users show it', async () => {
    const w = mountFigure(sprint3Diagram('stack-layers', 'layer-stack'))
    const toggle = w.get('[data-action="toggle-table"]')
    const table = w.get('[data-text-alternative]')
    expect(toggle.text()).toBe('표로 보기')
    expect(toggle.attributes('aria-controls')).toBe(table.attributes('id'))
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(table.classes()).toContain('visually-hidden')
    expect(table.attributes('aria-hidden')).toBeUndefined()
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(table.classes()).not.toContain('visually-hidden')
    // Decorative drawing parts are hidden from assistive technology; controls are not.
    for (const svg of w.findAll('svg')) expect(svg.attributes('aria-hidden')).toBe('true')
  })

  it('puts every layer label and the user/provider split of each model in the text alternative', () => {
    const matrix = sprint3Diagram('service-model-matrix', 'responsibility-matrix')
    const w = mountFigure(matrix)
    const rows = tableRows(w)
    expect(rows.map((r) => r[0])).toEqual(matrix.layers.map((l) => `${l.label} (${l.en})`))
    const headers = w.findAll('[data-text-alternative] thead th').map((th) => th.text())
    matrix.models.forEach((model, m) => {
      expect(headers[2 + m]).toBe(model.label)
      for (const [i, layer] of matrix.layers.entries()) {
        const expected = model.userManages.includes(layer.id) ? '사용자 관리' : '제공자 관리'
        expect(rows[i]?.[2 + m], `${model.id}/${layer.id}`).toBe(expected)
      }
    })
    expect(w.get('[data-text-alternative] caption').text()).toContain('IaaS 5개')
    expect(w.get('[data-text-alternative] dl').text()).toContain(matrix.models[1]?.note)
  })

  it('passes the remembered step down and emits update:step when the learner changes it', async () => {
    const w = mountFigure(sprint3Diagram('virtualization-stacks', 'stack-comparison'), 1)
    expect(w.get('[data-current="true"]').attributes('data-stack')).toBe('hypervisor')
    await w.get('[data-action="next"]').trigger('click')
    expect(w.emitted('update:step')).toEqual([[2]])
    expect(w.get('[data-current="true"]').attributes('data-stack')).toBe('container')

    const m = mountFigure(tinyMatrix)
    await m.findAll('[role="tab"]')[0]?.trigger('keydown', { key: 'ArrowRight' })
    expect(m.emitted('update:step')).toEqual([[1]])
    expect(m.findAll('[data-layer]').map((r) => r.attributes('data-managed-by'))).toEqual(['user', 'provider', 'user'])
  })

  it('speaks English when the UI is in English', () => {
    const w = mountFigure(sprint3Diagram('service-model-matrix', 'responsibility-matrix'), 1, 'en')
    expect(w.get('[data-action="toggle-table"]').text()).toBe('Show as table')
    expect(w.get('[data-text-alternative] caption').text()).toContain('5 in Infrastructure as a Service')
    expect(w.get('[data-layer="os"]').text()).toContain('Managed by you')
    expect(w.get('[data-layer="virtualization"]').text()).toContain('Managed by the provider')
  })
})
