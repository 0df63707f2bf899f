/**
 * Queries a learner types into search, each with the section that must come back in the top 3.
 * A bench copy of the QUERIES table in src/main/search/search-service.test.ts (kept apart so the
 * benchmark never edits the unit test); add a query to both when you add one.
 */
export interface BenchQuery {
  query: string
  /** `chapterId#sectionId` of the section that teaches it. */
  expected: string
  why: string
}

const q = (query: string, expected: string, why: string): BenchQuery => ({ query, expected, why })

export const QUERIES: readonly BenchQuery[] = [
  q('컨테이너', 'virtualization#container-virtualization', 'plain word'),
  q('컨테이너가', 'virtualization#container-virtualization', 'particle attached'),
  q('가상화는', 'virtualization#what-is-virtualization', 'particle attached'),
  q('오픈소스를', 'kubernetes-tradeoffs#cost-question', 'particle attached'),
  q('하이퍼바이저가', 'virtualization#hypervisor-virtualization', 'particle attached'),
  q('장점', 'container-advantages#known-advantages', '2-character word'),
  q('역할', 'people-and-roles#hardest-resource', '2-character word'),
  q('비용', 'kubernetes-tradeoffs#cost-question', '2-character word'),
  q('직군', 'people-and-roles#it-roles', '2-character word'),
  q('확장', 'container-advantages#easy-scale-out', '2-character word'),
  q('커널', 'virtualization#container-virtualization', '2-character word'),
  q('망', 'virtualization#hypervisor-virtualization', '1-character word'),
  q('hypervisor', 'virtualization#hypervisor-virtualization', 'English name of a Korean term'),
  q('Hypervisor', 'virtualization#hypervisor-virtualization', 'case does not matter'),
  q('하이퍼바이저', 'virtualization#hypervisor-virtualization', 'Korean name'),
  q('on-premises', 'service-models#on-premises', 'English alias'),
  q('온프레미스', 'service-models#on-premises', 'spelling alias'),
  q('IaaS', 'service-models#iaas', 'acronym'),
  q('DB 서비스', 'service-models#in-between', 'two words, both must match'),
  q('망 분리', 'virtualization#hypervisor-virtualization', 'two words'),
  q('의존성 충돌', 'container-advantages#no-dependency-conflicts', 'two words'),
  q('일관성 있는 배포', 'container-advantages#consistent-deployment', 'phrase from the slides'),
  q('20개', 'kubernetes-tradeoffs#where-it-pays', 'number with a counter'),
  q('라이선스', 'kubernetes-tradeoffs#cost-question', 'loanword'),
  q('미들웨어', 'infra-stack#middleware-runtime', 'layer name'),
  q('SRE', 'people-and-roles#it-roles', 'job title'),
  q('난이도', 'difficulty#ladder-overview', 'topic word'),
  q('컨테이너'.normalize('NFD'), 'virtualization#container-virtualization', 'decomposed Hangul (macOS clipboard)'),
  q('가상화는'.normalize('NFD'), 'virtualization#what-is-virtualization', 'decomposed Hangul with a particle'),
]
