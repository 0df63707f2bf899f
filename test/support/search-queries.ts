/**
 * Queries a learner types into search over the Sprint 3 pack, each with the section that must come
 * back in the top 3: the unit test (`src/main/search/search-service.test.ts`) and the benchmark
 * (`bench/search.ts`, for recall) read this one table, so they cannot drift apart.
 */
export interface SearchQuery {
  query: string
  /** `chapterId#sectionId` of the section that teaches it. */
  expected: string
  why: string
}

const q = (query: string, expected: string, why: string): SearchQuery => ({ query, expected, why })

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  q('컨테이너', 'virtualization#container-virtualization', 'plain word'),
  q('컨테이너가', 'virtualization#container-virtualization', 'particle attached'),
  q('가상화는', 'virtualization#what-is-virtualization', 'particle attached'),
  q('오픈소스를', 'kubernetes-tradeoffs#cost-question', 'particle attached'),
  q('하이퍼바이저가', 'virtualization#hypervisor-virtualization', 'particle attached'),
  q('장점', 'container-advantages#known-advantages', '2-character word'),
  q('역할', 'people-and-roles#where-you-fit', '2-character word'),
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
  // Misspellings: one jamo (a vowel, a final) or two swapped consonants, one English letter.
  q('라이센스', 'kubernetes-tradeoffs#cost-question', 'common misspelling (ㅔ for ㅓ)'),
  q('라이센스가', 'kubernetes-tradeoffs#cost-question', 'misspelling with a particle'),
  q('컨테니어', 'virtualization#container-virtualization', 'consonants swapped across syllables'),
  q('하이퍼바이져', 'virtualization#hypervisor-virtualization', 'misspelling (ㅕ for ㅓ)'),
  q('오케스트레이숀', 'difficulty#kubernetes-rung', 'misspelling (ㅛ for ㅕ)'),
  q('hypervisr', 'virtualization#hypervisor-virtualization', 'English letter missing'),
  q('kubernets', 'difficulty#kubernetes-rung', 'English letter missing'),
  q('미들웨아', 'infra-stack#middleware-runtime', 'misspelling (ㅏ for ㅓ)'),
  // Spacing: typed together what the text has apart, or apart what it has together.
  q('쿠버네티스단점', 'kubernetes-tradeoffs#downsides', 'no space where the text has one'),
  q('망분리', 'virtualization#hypervisor-virtualization', 'no space (glossary alias)'),
  q('의존성충돌', 'container-advantages#no-dependency-conflicts', 'no space between two words'),
  q('라이 선스', 'kubernetes-tradeoffs#cost-question', 'a space inside one word'),
  q('하이퍼 바이저', 'virtualization#hypervisor-virtualization', 'a space inside one word'),
]
