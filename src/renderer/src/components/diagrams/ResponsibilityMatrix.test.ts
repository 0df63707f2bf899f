// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '../../i18n'
import type { MatrixDiagram } from './diagram-kit'
import ResponsibilityMatrix from './ResponsibilityMatrix.vue'
import { sprint3Diagram } from '../../../../../test/support/sprint3-pack'
import { tinyMatrix } from '../../../../../test/support/tiny-diagrams'

const matrix = sprint3Diagram('service-model-matrix', 'responsibility-matrix')
let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function mountMatrix(diagram: MatrixDiagram, step = 0, locale: 'ko' | 'en' = 'ko') {
  wrapper = mount(ResponsibilityMatrix, {
    props: { diagram, step },
    global: { plugins: [createAppI18n(locale)] },
    attachTo: document.body,
  })
  return wrapper
}

/** data-managed-by of every layer row, top first. */
const marks = (w: VueWrapper) => w.findAll('[data-layer]').map((row) => row.attributes('data-managed-by'))
const tabs = (w: VueWrapper) => w.findAll('[role="tab"]')

describe('ResponsibilityMatrix', () => {
  it.each([
    [0, 'on-premises', 9, 0],
    [1, 'iaas', 5, 0],
    [2, 'paas', 2, 0],
    [3, 'eaas', 1, 0],
    [4, 'dbaas', 1, 1],
    [5, 'saas', 0, 0],
  ])('marks the right layers for model %i (%s) of the real sprint-3 matrix', (step, modelId, userLayers, from) => {
    const w = mountMatrix(matrix, step)
    expect(w.findAll('[data-layer]').map((row) => row.attributes('data-layer'))).toEqual(matrix.layers.map((l) => l.id))
    const expected = matrix.layers.map((_, i) => (i >= from && i < from + userLayers ? 'user' : 'provider'))
    expect(marks(w)).toEqual(expected)
    const model = matrix.models[step]
    expect(model?.id).toBe(modelId)
    expect(new Set(matrix.layers.filter((_, i) => expected[i] === 'user').map((l) => l.id))).toEqual(
      new Set(model?.userManages),
    )
    // Never colour alone: every row says who manages it in words.
    for (const row of w.findAll('[data-layer]')) {
      expect(row.text()).toContain(row.attributes('data-managed-by') === 'user' ? '사용자 관리' : '제공자 관리')
    }
    expect(w.get('[aria-selected="true"]').attributes('data-model')).toBe(modelId)
    expect(w.get('[data-testid="matrix-status"]').text()).toContain(`사용자가 ${userLayers}개 층`)
  })

  it('changes the marks and emits update:step when a model is clicked', async () => {
    const w = mountMatrix(matrix)
    await tabs(w)[2]?.trigger('click')
    expect(w.emitted('update:step')).toEqual([[2]])
    expect(marks(w).filter((m) => m === 'user')).toHaveLength(2)
    expect(w.get('[data-layer="runtime"]').attributes('data-managed-by')).toBe('provider')
    expect(w.get('[data-layer="data"]').attributes('data-managed-by')).toBe('user')
    await tabs(w)[2]?.trigger('click')
    expect(w.emitted('update:step')).toHaveLength(1)
  })

  it('moves with Arrow keys, Home and End (wrapping), roving focus and tabindex', async () => {
    const w = mountMatrix(matrix)
    const windowKeys = vi.fn()
    window.addEventListener('keydown', windowKeys)
    await tabs(w)[0]?.trigger('keydown', { key: 'ArrowRight' })
    expect(w.get('[aria-selected="true"]').attributes('data-model')).toBe('iaas')
    expect(document.activeElement).toBe(tabs(w)[1]?.element)
    expect(tabs(w).map((tab) => tab.attributes('tabindex'))).toEqual(['-1', '0', '-1', '-1', '-1', '-1'])
    expect(marks(w).filter((m) => m === 'user')).toHaveLength(5)
    await tabs(w)[1]?.trigger('keydown', { key: 'End' })
    expect(marks(w).every((m) => m === 'provider')).toBe(true)
    await tabs(w)[5]?.trigger('keydown', { key: 'ArrowRight' })
    expect(w.get('[aria-selected="true"]').attributes('data-model')).toBe('on-premises')
    await tabs(w)[0]?.trigger('keydown', { key: 'ArrowLeft' })
    await tabs(w)[5]?.trigger('keydown', { key: 'Home' })
    expect(w.emitted('update:step')).toEqual([[1], [5], [0], [5], [0]])
    // The chapter page's ArrowLeft/Right chapter navigation never sees these keys.
    expect(windowKeys).not.toHaveBeenCalled()
    await tabs(w)[0]?.trigger('keydown', { key: 'a' })
    expect(windowKeys).toHaveBeenCalledTimes(1) // other keys still bubble
    window.removeEventListener('keydown', windowKeys)
  })

  it('draws a tiny inline matrix from its data, with a boundary wherever ownership changes', async () => {
    const w = mountMatrix(tinyMatrix, 1, 'en')
    expect(marks(w)).toEqual(['user', 'provider', 'user'])
    expect(w.findAll('.boundary')).toHaveLength(2)
    expect(w.get('[data-layer="middle"]').text()).toContain('Managed by the provider')
    expect(w.text()).toContain('위와 아래만')
    await w.setProps({ step: 0 })
    expect(marks(w)).toEqual(['user', 'user', 'user'])
    expect(w.findAll('.boundary')).toHaveLength(0)
  })

  it('speaks of job roles in the role × layer matrix, not of users and providers', () => {
    const roles = sprint3Diagram('role-layer-matrix', 'responsibility-matrix')
    const dba = roles.models.findIndex((m) => m.id === 'dba')
    const w = mountMatrix(roles, dba)
    expect(w.get('[role="tablist"]').attributes('aria-label')).toBe('직군')
    expect(w.get('[data-testid="matrix-status"]').text()).toBe('DBA: 주로 돌봄 3개 층, 다른 직군 몫 6개 층')
    expect(w.get('[data-layer="storage"]').text()).toContain('주로 돌봄')
    expect(w.get('[data-layer="runtime"]').text()).toContain('다른 직군 몫')
    expect(w.text()).not.toContain('사용자 관리')
    expect(w.text()).toContain('돌보는 범위의 경계')
  })

  it('clamps a remembered step that no longer exists', () => {
    const w = mountMatrix(tinyMatrix, 7)
    expect(w.get('[aria-selected="true"]').attributes('data-model')).toBe('mixed')
  })
})
