import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { isSafeProseHtml } from './prose-html'

describe('isSafeProseHtml', () => {
  it('accepts everything markdown-it renders from allowed Markdown', () => {
    const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false })
    const markdown = [
      '### 제목 *기울임* **굵게** ~~취소~~ `코드 <x>`',
      '> 인용\n> - 목록',
      '3. 셋\n4. 넷',
      '| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |',
      '```c++ extra\nint a<b>c & "q";\n```',
      '    들여쓴 코드',
      '---',
      'line  \nbreak\\\nagain [l](https://x.test/a?b=1&c="2" "t\'it\\"le") [a](#sec) <script>x</script> & &amp; &#60;',
    ].join('\n\n')
    expect(isSafeProseHtml(md.render(markdown))).toBe(true)
  })

  it('accepts a marked glossary term', () => {
    expect(isSafeProseHtml('<p><strong><span data-term="vm">VM</span></strong>은</p>')).toBe(true)
  })

  it.each([
    '<img src="https://example.com/a.png" alt="">',
    '<p onclick="x()">a</p>',
    '<p><a href="javascript:alert(1)">a</a></p>',
    '<p><a href="JaVaScRiPt:alert(1)">a</a></p>',
    '<p><a href="&#106;avascript:alert(1)">a</a></p>',
    '<p><a href="file:///etc/passwd">a</a></p>',
    '<p><a href="//evil.example">a</a></p>',
    '<script>alert(1)</script>',
    '<p>a</p><!-- comment -->',
    '<p>unclosed',
    '<p>a</strong>',
    '<p>a < b</p>',
    '<p class="x">a</p>',
    '<td style="background:url(https://x)">a</td>',
    '<p/>',
    "<p><a href='https://x.test'>a</a></p>",
    '<svg><p>a</p></svg>',
    '<p><span>a</span></p>',
    '<p><span data-term="Bad Id">a</span></p>',
    '<p><span data-term="vm" onmouseover="x()">a</span></p>',
    '<p><span class="x">a</span></p>',
    '<p data-term="vm">a</p>',
  ])('refuses %s', (html) => {
    expect(isSafeProseHtml(html)).toBe(false)
  })
})
