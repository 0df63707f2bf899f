import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPack } from '../../src/main/course/load-pack'
import type { LoadedPack } from '../../src/main/course/pack-types'
import type { Diagram } from '../../src/shared/course/schema'
import { SPRINT3_PACK } from '../support/packs'

/*
 * Facts an expert review corrected in the Sprint 3 lessons, diagrams and glossary. Each test holds
 * one correction, so a later edit cannot quietly bring the old wording back.
 */
const result = loadPack(SPRINT3_PACK)
const pack = result.ok ? result.pack : (null as unknown as LoadedPack)

/** The rendered prose of a section (HTML tags dropped), or of a whole chapter. */
function prose(chapterId: string, sectionId?: string): string {
  const chapter = pack.chapters.get(chapterId)
  if (!chapter) throw new Error(`no chapter ${chapterId}`)
  const sections = chapter.sections.filter((s) => !sectionId || s.id === sectionId)
  if (sections.length === 0) throw new Error(`no section ${chapterId}#${sectionId}`)
  return sections
    .flatMap((s) => [s.title, ...s.blocks.map((b) => (b.kind === 'prose' ? b.html : ''))])
    .join('\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
}
const allProse = (): string => [...pack.chapters.keys()].map((id) => prose(id)).join('\n')
const glossary = (id: string) => {
  const entry = pack.glossary.find((g) => g.id === id)
  if (!entry) throw new Error(`no glossary entry ${id}`)
  return entry
}
function diagram<K extends Diagram['kind']>(id: string, kind: K): Extract<Diagram, { kind: K }> {
  const found = pack.diagrams.get(id)
  if (found?.kind !== kind) throw new Error(`no ${kind} diagram ${id}`)
  return found as Extract<Diagram, { kind: K }>
}
/** Raw text of the files the chapters engineer owns: chapters, diagrams, glossary. */
const ownedSources = (): { file: string; text: string }[] => [
  ...readdirSync(join(SPRINT3_PACK, 'chapters')).map((f) => ({
    file: `chapters/${f}`,
    text: readFileSync(join(SPRINT3_PACK, 'chapters', f), 'utf8'),
  })),
  ...['diagrams.yaml', 'glossary.yaml'].map((file) => ({ file, text: readFileSync(join(SPRINT3_PACK, file), 'utf8') })),
]

describe('corrected facts of the Sprint 3 pack', () => {
  it('loads', () => {
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('places the test environment and DB services between PaaS and SaaS, in the course order', () => {
    const text = prose('service-models', 'in-between')
    expect(text).toContain('PaaS → 테스트 환경 서비스 → DB 서비스 → SaaS')
    expect(allProse()).not.toContain('IaaS와 PaaS 사이')
    const matrix = diagram('service-model-matrix', 'responsibility-matrix')
    expect(matrix.models.map((m) => m.id)).toEqual(['on-premises', 'iaas', 'paas', 'eaas', 'dbaas', 'saas'])
    const user = Object.fromEntries(matrix.models.map((m) => [m.id, m.userManages.length]))
    // Each step leaves the user no more than the one before it.
    expect([user['paas'], user['eaas'], user['dbaas'], user['saas']]).toEqual([2, 1, 1, 0])
    expect(glossary('environment-as-a-service').definition).toContain('PaaS와 SaaS 사이')
  })

  it('says what is true of each type 1 hypervisor, not "no operating system" for all of them', () => {
    const text = prose('virtualization', 'hypervisor-virtualization')
    expect(text).toMatch(/KVM[^\n]*리눅스 커널에 들어 있는 모듈/)
    expect(text).toMatch(/Hyper-V[^\n]*루트 파티션/)
    expect(text).toMatch(/Xen[^\n]*dom0/)
    expect(prose('virtualization', 'what-is-virtualization')).not.toContain('일반 운영체제 없이 하드웨어 위에 곧바로')
    const type1 = glossary('type-1-hypervisor').definition
    expect(type1).toContain('리눅스 커널 모듈')
    expect(type1).toContain('dom0')
    expect(type1).not.toMatch(/^일반 운영체제 없이/)
  })

  it('credits the kernel, not the container runtime, with isolating containers', () => {
    const text = prose('virtualization')
    expect(text).not.toContain('가상화를 맡는 층')
    expect(text).toContain('격리를 만드는 것')
    expect(text).toContain('런타임을 거치지 않고 곧바로 커널로')
    const container = diagram('virtualization-stacks', 'stack-comparison').stacks.find((s) => s.id === 'container')
    const runtime = container?.layers.find((l) => l.id === 'container-runtime')
    expect(runtime?.beside).toBe(true)
    expect(container?.step).toContain('런타임을 거치지 않고')
    expect(glossary('container-runtime').definition).toContain('곧바로 커널로')
  })

  it('hedges network separation: VDI is the usual hypervisor case, data centres separate physically', () => {
    const text = prose('virtualization', 'hypervisor-virtualization')
    expect(text).toContain('VDI')
    expect(text).toContain('논리적 망 분리')
    expect(text).toContain('물리적으로 나누도록')
    expect(text).not.toContain('전형적인 예')
    expect(glossary('network-separation').definition).toContain('VDI')
  })

  it('lets a Deployment (its ReplicaSet) heal Pods, and says a bare Pod is not recreated', () => {
    const text = prose('difficulty')
    expect(text).not.toContain('일부러 Pod를 지워 보며 자가 치유')
    expect(text).toContain('ReplicaSet')
    expect(text).toContain('Deployment 없이 Pod만 따로 만들었다면')
    expect(glossary('self-healing').definition).toContain('다시 만들어지지 않습니다')
  })

  it('blames OOMKilled on memory limits and overpacking on low requests', () => {
    const text = prose('kubernetes-tradeoffs', 'cost-question')
    expect(text).not.toContain('너무 작게 잡으면 앱이 메모리 부족으로 종료')
    expect(text).toMatch(/OOMKilled[^\n]*제한값\(limits\)/)
    expect(text).toContain('쫓겨나고(eviction)')
  })

  it('presents the bottom three layers as peer hardware in a conventional order', () => {
    expect(allProse()).not.toContain('위층은 언제나 아래층에 기대어')
    expect(prose('infra-stack', 'why-layers')).toContain('강의가 따르는 관례')
    expect(prose('infra-stack', 'hardware-layers')).not.toContain('가장 아래에 놓입니다')
    expect(diagram('stack-layers', 'layer-stack').caption).toContain('관례')
  })

  it('defines open source by its licence, and allows for commercial support and managed Kubernetes', () => {
    const text = prose('kubernetes-tradeoffs', 'cost-question')
    expect(text).toContain('쓰고, 고치고, 다시 배포할 수 있도록')
    expect(text).toMatch(/EKS, GKE, AKS/)
    expect(text).toContain('상용 기술 지원')
    expect(text).not.toContain('오픈소스는 버전 업그레이드, 보안 패치, 문제 해결을 스스로 해내야')
    expect(glossary('open-source').definition).toContain('다시 배포')
    expect(glossary('open-source').definition).not.toContain('라이선스 비용 없이 쓸 수 있는')
  })

  it('compares VMs with containers like with like (golden images, AMIs)', () => {
    const text = prose('difficulty', 'ladder-overview')
    expect(text).toContain('골든 이미지')
    expect(text).toContain('AMI')
  })

  it('teaches the two lesser-known advantages as consequences of the starred one, and hedges "people"', () => {
    const known = prose('container-advantages', 'known-advantages')
    expect(known).toContain('큰 장점 하나와 거기서 따라 나오는 두 결과')
    expect(prose('container-advantages', 'no-dependency-conflicts')).toContain('따라 나오는 첫 번째 결과')
    expect(prose('container-advantages', 'easy-scale-out')).toContain('따라 나오는 두 번째 결과')
    expect(prose('people-and-roles', 'hardest-resource')).toContain('해석')
  })

  it('does not say that library errors "disappear" with one image', () => {
    const stacks = diagram('deploy-consistency', 'stack-comparison').stacks
    const traits = stacks.flatMap((s) => s.traits)
    expect(traits.join(' ')).not.toContain('사라짐')
    expect(traits).toContain('커널, CPU 아키텍처, 설정값은 여전히 다를 수 있음')
  })

  it('shows the image staying while the machine under it changes, step by step', () => {
    const stacks = diagram('deploy-consistency', 'stack-comparison').stacks
    const ids = stacks.map((s) => new Set(s.layers.map((l) => l.id)))
    for (const [i, layers] of ids.entries()) {
      expect(layers.has('app-image'), stacks[i]?.id).toBe(true)
      // The OS and hardware of each machine are its own layers: the walk-through marks them as swapped.
      if (i > 0) expect([...layers].filter((id) => !ids[i - 1]?.has(id))).toHaveLength(2)
    }
  })

  it('draws a role × layer matrix in chapter 6', () => {
    const roles = diagram('role-layer-matrix', 'responsibility-matrix')
    expect(roles.wording?.picker).toBe('직군')
    expect(roles.layers.map((l) => l.id)).toEqual(
      diagram('service-model-matrix', 'responsibility-matrix').layers.map((l) => l.id),
    )
    expect(roles.models.find((m) => m.id === 'network-engineer')?.userManages).toEqual(['networking'])
    expect(pack.chapters.get('people-and-roles')?.diagrams.map((d) => d.id)).toContain('role-layer-matrix')
  })
})

describe('one voice across the Sprint 3 lessons, diagrams and glossary', () => {
  it('speaks of the course, not of slides a self-study learner does not have', () => {
    for (const { file, text } of ownedSources()) expect(text, file).not.toContain('슬라이드')
  })

  it('writes every glossary definition in 합니다체', () => {
    for (const entry of pack.glossary) expect(entry.definition, entry.id).toMatch(/니다\.$/)
    const sentences = pack.glossary.flatMap((g) => g.definition.split(/(?<=\.)\s+/))
    for (const sentence of sentences) expect(sentence).toMatch(/니다\.$/)
  })

  it('spells Pod, cgroups and 좋은 인재 one way, and says which namespace it means', () => {
    for (const { file, text } of ownedSources()) {
      const withoutAliases = text.replace(/^\s*aliases:.*$/gm, '')
      expect(withoutAliases, file).not.toContain('파드')
      expect(withoutAliases, file).not.toMatch(/cgroup(?!s)/)
      expect(withoutAliases, file).not.toContain('좋은인재')
    }
    // A bare "네임스페이스" never stands alone: it is the Linux one or the Kubernetes Namespace.
    for (const match of allProse().matchAll(/(\p{L}+)\s+네임스페이스/gu)) {
      expect(['리눅스', '커널의'], match[0]).toContain(match[1])
    }
    expect(glossary('namespaces-cgroups').ko).toBe('리눅스 네임스페이스와 cgroups')
    expect(glossary('kubernetes-namespace').ko).toBe('쿠버네티스 Namespace')
  })

  it('keeps product names out of concept aliases and has at least 35 entries', () => {
    expect(pack.glossary.length).toBeGreaterThanOrEqual(35)
    const aliases = (id: string) => glossary(id).aliases ?? []
    expect(aliases('container-virtualization')).not.toContain('도커')
    expect(aliases('container-virtualization')).not.toContain('Docker')
    expect(aliases('persistent-volume')).not.toContain('PVC')
    expect(aliases('kubernetes')).toContain('k8s')
    for (const id of [
      'kernel',
      'container-registry',
      'dockerfile',
      'image-layer',
      'declarative',
      'deployment',
      'kubernetes-service',
      'ingress',
      'cni',
      'kubernetes-namespace',
      'vdi',
      'managed-kubernetes',
    ]) {
      expect(glossary(id).definition.length, id).toBeGreaterThan(20)
    }
  })
})
