import { describe, expect, it } from 'vitest'
import { literalEmphasisLines, parseMarkdown, renderTokens } from './markdown'

const render = (text: string): string => renderTokens(parseMarkdown(text))

describe('chapter prose rendering', () => {
  it.each([
    ['**네트워킹(Networking)**은 맨 아래입니다.', '<strong>네트워킹(Networking)</strong>은'],
    ['**"App + OS 관련 패키지"**라고 요약합니다.', '<strong>&quot;App + OS 관련 패키지&quot;</strong>라고'],
    ["**'아무나 모르는 장점'**이라는 제목", "<strong>'아무나 모르는 장점'</strong>이라는"],
    ['**"비용절감?"**이라는 질문', '<strong>&quot;비용절감?&quot;</strong>이라는'],
    ['**구성하기 나름 (≒ 좋은 인재)**이라고', '<strong>구성하기 나름 (≒ 좋은 인재)</strong>이라고'],
  ])('closes bold before a Korean particle: %s', (markdown, html) => {
    expect(render(markdown)).toContain(html)
    expect(literalEmphasisLines(parseMarkdown(markdown))).toEqual([])
  })

  it('still renders ordinary bold and keeps raw HTML escaped', () => {
    expect(render('서버 위에 **운영체제**가 있습니다. <b>x</b>')).toBe(
      '<p>서버 위에 <strong>운영체제</strong>가 있습니다. &lt;b&gt;x&lt;/b&gt;</p>\n',
    )
  })

  it('reports the body lines where a literal ** survives, but not inside code', () => {
    const body = [
      '첫 줄은 **굵게** 끝납니다.',
      '',
      '둘째 문단은 **닫히지 않고 끝납니다.',
      '',
      '`a ** b` 는 코드입니다.',
    ].join('\n')
    expect(literalEmphasisLines(parseMarkdown(body))).toEqual([2])
  })
})
