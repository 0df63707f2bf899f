import { describe, expect, it } from 'vitest'
import { loadPack } from '../../src/main/course/load-pack'
import type { LoadedPack } from '../../src/main/course/pack-types'
import { SPRINT3_PACK } from '../support/packs'

/**
 * Every point of the seed slides (grouped by the topics in DESIGN.md) → the chapter and section
 * that teach it (the section's text must mention `taught`) → the questions that test it (their
 * text must mention `tested`).
 */
const SEED_POINTS = [
  // 1. The infrastructure stack
  {
    point: 'Application layer',
    chapter: 'infra-stack',
    section: 'app-and-data',
    taught: '어플리케이션',
    questions: ['infra-stack-q2-layer-order'],
    tested: '어플리케이션',
  },
  {
    point: 'Data layer',
    chapter: 'infra-stack',
    section: 'app-and-data',
    taught: '데이터',
    questions: ['infra-stack-q5-order-records-layer'],
    tested: '데이터',
  },
  {
    point: 'Runtime layer',
    chapter: 'infra-stack',
    section: 'middleware-runtime',
    taught: '런타임',
    questions: ['infra-stack-q7-runtime-example'],
    tested: '런타임',
  },
  {
    point: 'Middleware layer',
    chapter: 'infra-stack',
    section: 'middleware-runtime',
    taught: '미들웨어',
    questions: ['infra-stack-q3-middleware-examples'],
    tested: '미들웨어',
  },
  {
    point: 'O/S layer',
    chapter: 'infra-stack',
    section: 'virtualization-os',
    taught: '운영체제',
    questions: ['infra-stack-q4-os-above-virtualization'],
    tested: '운영체제',
  },
  {
    point: 'Virtualization layer',
    chapter: 'infra-stack',
    section: 'virtualization-os',
    taught: '가상화',
    questions: ['infra-stack-q4-os-above-virtualization'],
    tested: '가상화',
  },
  {
    point: 'Servers layer',
    chapter: 'infra-stack',
    section: 'hardware-layers',
    taught: '서버',
    questions: ['infra-stack-q2-layer-order'],
    tested: '서버',
  },
  {
    point: 'Storage layer',
    chapter: 'infra-stack',
    section: 'hardware-layers',
    taught: '스토리지',
    questions: ['infra-stack-q6-san-nas-layer'],
    tested: '스토리지',
  },
  {
    point: 'Networking layer',
    chapter: 'infra-stack',
    section: 'hardware-layers',
    taught: '네트워킹',
    questions: ['infra-stack-q1-bottom-layer'],
    tested: '네트워킹',
  },
  // 2. Service models
  {
    point: 'On-Premises',
    chapter: 'service-models',
    section: 'on-premises',
    taught: '온-프라미스',
    questions: ['service-models-q1-on-premises-scope'],
    tested: '온-프라미스',
  },
  {
    point: 'IaaS',
    chapter: 'service-models',
    section: 'iaas',
    taught: 'IaaS',
    questions: ['service-models-q2-iaas-matching', 'service-models-q3-iaas-os-patch'],
    tested: 'IaaS',
  },
  {
    point: 'PaaS',
    chapter: 'service-models',
    section: 'paas',
    taught: 'PaaS',
    questions: ['service-models-q4-paas-user-layers'],
    tested: 'PaaS',
  },
  {
    point: 'SaaS',
    chapter: 'service-models',
    section: 'saas',
    taught: 'SaaS',
    questions: ['service-models-q5-saas-all-vendor'],
    tested: 'SaaS',
  },
  {
    point: '(test) Environment as a Service',
    chapter: 'service-models',
    section: 'in-between',
    taught: 'Environment',
    questions: ['service-models-q8-test-environment'],
    tested: '테스트',
  },
  {
    point: 'DB as a Service',
    chapter: 'service-models',
    section: 'in-between',
    taught: 'DB',
    questions: ['service-models-q7-dbaas-user-part'],
    tested: 'DB',
  },
  // 3. Virtualization compared
  {
    point: 'Host virtualization: App + OS packages, large size, guest-OS overhead',
    chapter: 'virtualization',
    section: 'host-virtualization',
    taught: '게스트 OS',
    questions: ['virtualization-q2-host-burden'],
    tested: 'OS',
  },
  {
    point: 'Hypervisor virtualization: data centres',
    chapter: 'virtualization',
    section: 'hypervisor-virtualization',
    taught: '데이터 센터',
    questions: ['virtualization-q3-hypervisor-use'],
    tested: '데이터 센터',
  },
  {
    point: 'Hypervisor virtualization: network separation for security',
    chapter: 'virtualization',
    section: 'hypervisor-virtualization',
    taught: '망 분리',
    questions: ['virtualization-q3-hypervisor-use', 'virtualization-q6-match-traits'],
    tested: '망',
  },
  {
    point: 'Container virtualization: only the packages the app needs',
    chapter: 'virtualization',
    section: 'container-virtualization',
    taught: '패키지',
    questions: ['virtualization-q5-container-traits'],
    tested: '필요한 패키지',
  },
  {
    point: 'Containers share the host kernel',
    chapter: 'virtualization',
    section: 'container-virtualization',
    taught: '커널',
    questions: ['virtualization-q4-kernel-shared'],
    tested: '커널',
  },
  {
    point: 'Container: small and portable, fast start/stop, efficient resources',
    chapter: 'virtualization',
    section: 'container-virtualization',
    taught: '빠른 시작',
    questions: ['virtualization-q5-container-traits'],
    tested: '패키지만',
  },
  // 4. Container advantages few people know
  {
    point: '★ Consistent deployment environment',
    chapter: 'container-advantages',
    section: 'consistent-deployment',
    taught: '일관성',
    questions: ['container-advantages-q1-starred', 'container-advantages-q2-works-on-my-machine'],
    tested: '이미지',
  },
  {
    point: 'No dependency conflicts',
    chapter: 'container-advantages',
    section: 'no-dependency-conflicts',
    taught: '의존성',
    questions: ['container-advantages-q3-java-versions'],
    tested: 'Java',
  },
  {
    point: 'Easy to scale out',
    chapter: 'container-advantages',
    section: 'easy-scale-out',
    taught: '확장',
    questions: ['container-advantages-q4-scale-out'],
    tested: '확장',
  },
  // 5. Difficulty
  {
    point: 'Container < VM < Kubernetes',
    chapter: 'difficulty',
    section: 'ladder-overview',
    taught: 'Kubernetes',
    questions: ['difficulty-q1-order'],
    tested: 'VM',
  },
  // 6. The hardest resource and IT job roles
  {
    point: 'The hardest resource in Kubernetes (people)',
    chapter: 'people-and-roles',
    section: 'hardest-resource',
    taught: '리소스',
    questions: ['people-and-roles-q1-hardest'],
    tested: '가장 어려운 리소스',
  },
  {
    point: 'Which job roles exist in IT',
    chapter: 'people-and-roles',
    section: 'it-roles',
    taught: '직군',
    questions: ['people-and-roles-q2-matching', 'people-and-roles-q5-sre'],
    tested: 'SRE',
  },
  // 7. Kubernetes' downsides and where it pays
  {
    point: 'Harder to build, harder root-cause analysis, unfamiliar concepts',
    chapter: 'kubernetes-tradeoffs',
    section: 'downsides',
    taught: '원인',
    questions: ['kubernetes-tradeoffs-q1-downsides'],
    tested: '단점',
  },
  {
    point: 'Cost savings? resource use depends on configuration (good people)',
    chapter: 'kubernetes-tradeoffs',
    section: 'cost-question',
    taught: '구성',
    questions: ['kubernetes-tradeoffs-q2-auto-savings'],
    tested: '비용',
  },
  {
    point: 'Open source: licence savings vs more people cost',
    chapter: 'kubernetes-tradeoffs',
    section: 'cost-question',
    taught: '라이선스',
    questions: ['kubernetes-tradeoffs-q3-open-source'],
    tested: '오픈소스',
  },
  {
    point: 'Micro-services of 20+ apps: scaling, state, traffic',
    chapter: 'kubernetes-tradeoffs',
    section: 'where-it-pays',
    taught: '20',
    questions: ['kubernetes-tradeoffs-q4-msa-threshold', 'kubernetes-tradeoffs-q5-msa-benefits'],
    tested: '마이크로서비스',
  },
  {
    point: 'Fast-standardising ecosystem with many references',
    chapter: 'kubernetes-tradeoffs',
    section: 'where-it-pays',
    taught: '표준',
    questions: ['kubernetes-tradeoffs-q6-strengths', 'kubernetes-tradeoffs-q8-self-study'],
    tested: '쿠버네티스',
  },
  {
    point: 'Image of an advanced IT company',
    chapter: 'kubernetes-tradeoffs',
    section: 'where-it-pays',
    taught: '이미지',
    questions: ['kubernetes-tradeoffs-q6-strengths'],
    tested: '기업',
  },
] as const

const result = loadPack(SPRINT3_PACK)
const pack = result.ok ? result.pack : (null as unknown as LoadedPack)

const textOf = (value: unknown): string => JSON.stringify(value)

describe('seed coverage of the Sprint 3 pack', () => {
  it('loads without problems', () => {
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it.each(SEED_POINTS)('$point is taught in $chapter#$section and tested', (row) => {
    const chapter = pack.chapters.get(row.chapter)
    expect(chapter, `chapter ${row.chapter}`).toBeDefined()
    const section = chapter?.sections.find((s) => s.id === row.section)
    expect(section, `section ${row.section}`).toBeDefined()
    expect(textOf(section).includes(row.taught), `${row.section} mentions "${row.taught}"`).toBe(true)
    for (const id of row.questions) {
      const question = pack.questions.get(id)
      expect(question, `question ${id}`).toBeDefined()
      expect(question?.chapterId).toBe(row.chapter)
      expect(textOf(question).includes(row.tested), `${id} mentions "${row.tested}"`).toBe(true)
    }
  })

  it('every chapter of the pack teaches at least one seed point', () => {
    const covered = new Set<string>(SEED_POINTS.map((r) => r.chapter))
    expect(pack.outline.chapters.map((c) => c.id).filter((id) => !covered.has(id))).toEqual([])
  })
})
