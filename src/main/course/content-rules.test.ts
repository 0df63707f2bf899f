import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContentRules } from './content-rules'
import { loadPack } from './load-pack'
import { copyPack, fixturePack } from '../../../test/support/packs'

describe('checkContentRules', () => {
  const result = loadPack(fixturePack('mini'))
  if (!result.ok) throw new Error('mini pack must load')
  const { pack } = result

  it('holds the mini pack to the course budget and names each shortfall', () => {
    expect(checkContentRules(pack)).toEqual([
      {
        file: 'chapters/01-first.md',
        line: 1,
        message: 'chapter "first" has 120 Hangul syllables of body text; at least 1500 are needed',
      },
      { file: 'checkpoints/01-first.yaml', line: 1, message: 'chapter "first" has 2 questions; at least 5 are needed' },
      {
        file: 'chapters/02-second.md',
        line: 1,
        message: 'chapter "second" has 38 Hangul syllables of body text; at least 1500 are needed',
      },
      {
        file: 'checkpoints/02-second.yaml',
        line: 1,
        message: 'chapter "second" has 2 questions; at least 5 are needed',
      },
      { file: 'diagrams.yaml', line: 1, message: 'the pack has 1 diagram; at least 3 are needed' },
      { file: 'glossary.yaml', line: 1, message: 'the pack has 2 glossary entries; at least 25 are needed' },
    ])
  })

  it('passes a pack that meets the budget', () => {
    expect(
      checkContentRules(pack, {
        minHangulPerChapter: 38,
        minQuestionsPerChapter: 2,
        minDiagrams: 1,
        minGlossaryEntries: 2,
      }),
    ).toEqual([])
  })

  it('fails a chapter whose rendered prose still shows a literal **, naming the line', () => {
    const dir = copyPack('mini')
    // The chapter file has 23 lines: after a blank line 24, the paragraph is line 25.
    appendFileSync(join(dir, 'chapters/02-second.md'), '\n이 문장은 **굵게 시작하고 닫지 않습니다.\n')
    const mutated = loadPack(dir)
    if (!mutated.ok) throw new Error('the mutated pack must still load')
    const lenient = { minHangulPerChapter: 0, minQuestionsPerChapter: 0, minDiagrams: 0, minGlossaryEntries: 0 }
    expect(checkContentRules(mutated.pack, lenient)).toEqual([
      {
        file: 'chapters/02-second.md',
        line: 25,
        message:
          'a literal "**" survives rendering here (the bold never closed): check the markers around punctuation and particles',
      },
    ])
    expect(checkContentRules(pack, lenient)).toEqual([])
  })
})
