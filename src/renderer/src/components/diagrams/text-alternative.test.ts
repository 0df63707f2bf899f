// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '../../i18n'
import { clampIndex, indexForKey, layerRows, managedByForModel, stackDiff } from './diagram-kit'
import { diagramSummary, diagramTextRows, type Translate } from './text-alternative'
import { sprint3Diagram, sprint3Diagrams } from '../../../../../test/support/sprint3-pack'
import { tinyMatrix } from '../../../../../test/support/tiny-diagrams'

const ko = createAppI18n('ko').global
const en = createAppI18n('en').global
const tKo: Translate = (key, named) => ko.t(key, named)
const tEn: Translate = (key, named) => en.t(key, named)

describe('diagramTextRows', () => {
  it('lists every layer with who manages it in each service model (real sprint-3 matrix)', () => {
    const matrix = sprint3Diagram('service-model-matrix', 'responsibility-matrix')
    const alt = diagramTextRows(matrix, tKo)
    expect(alt.columns).toEqual([
      '층 (위부터)',
      '설명',
      '온-프라미스',
      'IaaS',
      'PaaS',
      '테스트 환경 서비스',
      'DB 서비스',
      'SaaS',
    ])
    expect(alt.rows.map((r) => r.key)).toEqual(matrix.layers.map((l) => l.id))
    for (const layer of matrix.layers) expect(alt.rows.find((r) => r.key === layer.id)?.header).toContain(layer.label)

    const column = (m: number) => alt.rows.map((r) => r.cells[1 + m])
    const userCount = (m: number) => column(m).filter((c) => c === '사용자 관리').length
    expect([0, 1, 2, 3, 4, 5].map(userCount)).toEqual([9, 5, 2, 1, 1, 0])
    expect(column(1)).toEqual([...Array<string>(5).fill('사용자 관리'), ...Array<string>(4).fill('제공자 관리')])
    // Between PaaS and SaaS: the test environment leaves the app to the user, DBaaS the data.
    expect(alt.rows.filter((r) => r.cells[4] === '사용자 관리').map((r) => r.key)).toEqual(['application'])
    expect(alt.rows.filter((r) => r.cells[5] === '사용자 관리').map((r) => r.key)).toEqual(['data'])
    expect(alt.notes.map((n) => n.term)).toEqual([
      '온-프라미스 (On-Premises)',
      'IaaS (Infrastructure as a Service)',
      'PaaS (Platform as a Service)',
      '테스트 환경 서비스 ((test) Environment as a Service)',
      'DB 서비스 (DB as a Service)',
      'SaaS (Software as a Service)',
    ])
  })

  it('uses a matrix its own words: job roles look after layers, they are not users or providers', () => {
    const roles = sprint3Diagram('role-layer-matrix', 'responsibility-matrix')
    const alt = diagramTextRows(roles, tKo)
    expect(alt.columns.slice(2)).toEqual(roles.models.map((m) => m.label))
    const cells = alt.rows.flatMap((r) => r.cells.slice(1))
    expect(new Set(cells)).toEqual(new Set(['주로 돌봄', '다른 직군 몫']))
    const network = roles.models.findIndex((m) => m.id === 'network-engineer')
    expect(alt.rows.filter((r) => r.cells[1 + network] === '주로 돌봄').map((r) => r.key)).toEqual(['networking'])
    expect(diagramSummary(roles, 'ko')).toMatch(/^9개 층 가운데 "주로 돌봄" 표시가 붙은 층의 수는 백엔드 개발자 3개, /)
  })

  it('follows userManages, not layer order, for a tiny inline matrix, in English too', () => {
    const alt = diagramTextRows(tinyMatrix, tEn)
    expect(alt.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['위층 (Top)', '', 'Managed by you', 'Managed by you'],
      ['가운데층', '', 'Managed by you', 'Managed by the provider'],
      ['아래층', '맨 아래', 'Managed by you', 'Managed by you'],
    ])
    expect(alt.notes).toEqual([{ term: '섞임', text: '위와 아래만' }])
  })

  it('gives a row for every layer, stack and rung of every real diagram', () => {
    for (const diagram of sprint3Diagrams()) {
      const alt = diagramTextRows(diagram, tKo)
      const text = JSON.stringify(alt)
      const items =
        diagram.kind === 'stack-comparison'
          ? diagram.stacks.flatMap((s) => [s.label, s.step, ...s.layers.map((l) => l.label), ...s.traits])
          : diagram.kind === 'ladder'
            ? diagram.rungs.flatMap((r) => [r.label, r.note ?? ''])
            : diagram.layers.flatMap((l) => [l.label, l.note ?? ''])
      for (const item of items) expect(text, `${diagram.id}: ${item}`).toContain(JSON.stringify(item).slice(1, -1))
      for (const row of alt.rows) expect(row.cells).toHaveLength(alt.columns.length - 1)
    }
  })

  it('numbers ladder rungs from the bottom', () => {
    const alt = diagramTextRows(sprint3Diagram('difficulty-ladder', 'ladder'), tKo)
    expect(alt.rows.map((r) => r.header)).toEqual([
      '1단계: Container (컨테이너)',
      '2단계: VM (가상 머신)',
      '3단계: Kubernetes (쿠버네티스)',
    ])
  })
})

describe('diagramSummary', () => {
  it('says in one sentence what each real diagram shows, in Korean and English', () => {
    const matrix = sprint3Diagram('service-model-matrix', 'responsibility-matrix')
    expect(diagramSummary(matrix, 'ko')).toBe(
      '9개 층 가운데 사용자가 관리하는 층의 수는 온-프라미스 9개, IaaS 5개, PaaS 2개, 테스트 환경 서비스 1개, DB 서비스 1개, SaaS 0개입니다.',
    )
    expect(diagramSummary(matrix, 'en')).toBe(
      'Of 9 layers, the number you manage is 9 in On-Premises, 5 in Infrastructure as a Service, 2 in Platform as a Service, 1 in (test) Environment as a Service, 1 in DB as a Service, and 0 in Software as a Service.',
    )
    expect(diagramSummary(sprint3Diagram('stack-layers', 'layer-stack'), 'en')).toBe(
      'A stack of 9 layers, top to bottom: Application at the top, Networking at the bottom.',
    )
    expect(diagramSummary(sprint3Diagram('virtualization-stacks', 'stack-comparison'), 'ko')).toBe(
      '3가지 구조를 차례로 비교합니다: 호스트 가상화, 하이퍼바이저 가상화, 컨테이너 가상화.',
    )
    for (const diagram of sprint3Diagrams()) {
      for (const locale of ['ko', 'en']) expect(diagramSummary(diagram, locale)).not.toMatch(/[{}]/)
    }
  })
})

describe('diagram helpers', () => {
  it('marks the layers of each model and clamps a stale step', () => {
    expect(managedByForModel(tinyMatrix, 1)).toEqual(['user', 'provider', 'user'])
    expect(managedByForModel(tinyMatrix, 99)).toEqual(['user', 'provider', 'user'])
    expect(clampIndex(-3, 4)).toBe(0)
    expect(clampIndex(7, 4)).toBe(3)
    expect(clampIndex(Number.NaN, 4)).toBe(0)
  })

  it('compares consecutive stacks by layer id, so a reworded layer is neither removed nor added', () => {
    const stacks = sprint3Diagram('virtualization-stacks', 'stack-comparison')
    const ids = (index: number) => {
      const diff = stackDiff(stacks, index)
      return { removed: diff.removed.map((l) => l.id), added: diff.added.map((l) => l.id) }
    }
    expect(ids(0)).toEqual({ removed: [], added: [] })
    expect(ids(1)).toEqual({ removed: ['hypervisor-type2', 'host-os'], added: ['hypervisor-type1'] })
    // The container step rewords App A and App B ("컨테이너 1: App A와 그 패키지"): they stay, only the VM layers go.
    expect(ids(2)).toEqual({
      removed: ['guest-os-a', 'guest-os-b', 'hypervisor-type1'],
      added: ['container-runtime', 'host-os'],
    })
    expect(stacks.stacks[2]?.layers.find((l) => l.id === 'app-a')?.label).not.toBe(
      stacks.stacks[1]?.layers.find((l) => l.id === 'app-a')?.label,
    )
  })

  it('draws App A and App B side by side, and the container runtime beside the containers', () => {
    const stacks = sprint3Diagram('virtualization-stacks', 'stack-comparison')
    const rows = stacks.stacks.map((s) => layerRows(s.layers).map((row) => row.map((l) => l.id)))
    expect(rows[0]?.[0]).toEqual(['app-a', 'app-b'])
    expect(rows[1]?.[0]).toEqual(['app-a', 'app-b'])
    expect(rows[1]?.[1]).toEqual(['guest-os-a', 'guest-os-b'])
    expect(rows[2]).toEqual([['app-a', 'app-b', 'container-runtime'], ['host-os'], ['hardware']])
    const alt = diagramTextRows(stacks, tKo)
    expect(alt.rows[2]?.cells[0]).toMatch(/^컨테이너 1: App A[^/]* \| 컨테이너 2: App B[^/]* \| 컨테이너 런타임/)
    expect(layerRows([{ id: 'a', beside: true }, { id: 'b' }])).toEqual([[{ id: 'a', beside: true }], [{ id: 'b' }]])
  })

  it('maps arrow, Home and End keys to an index and consumes only those keys', () => {
    const key = (k: string, mods: KeyboardEventInit = {}) =>
      new KeyboardEvent('keydown', { key: k, cancelable: true, ...mods })
    expect(indexForKey(key('ArrowRight'), 3, 4, true)).toBe(0)
    expect(indexForKey(key('ArrowRight'), 3, 4, false)).toBe(3)
    expect(indexForKey(key('ArrowUp'), 0, 4, true)).toBe(3)
    expect(indexForKey(key('ArrowUp'), 1, 4, false, true)).toBe(2)
    expect(indexForKey(key('ArrowDown'), 1, 4, false, true)).toBe(0)
    expect(indexForKey(key('Home'), 2, 4, false)).toBe(0)
    expect(indexForKey(key('End'), 0, 4, false)).toBe(3)
    const other = key('a')
    expect(indexForKey(other, 1, 4, true)).toBeNull()
    expect(other.defaultPrevented).toBe(false)
    expect(indexForKey(key('ArrowLeft', { altKey: true }), 1, 4, true)).toBeNull()
  })
})
