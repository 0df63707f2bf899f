import { describe, expect, it } from 'vitest'
import { withObjectParticle } from './josa'

describe('withObjectParticle', () => {
  it.each([
    ['온-프라미스', '온-프라미스를'],
    ['서버', '서버를'],
    ['컨테이너 런타임', '컨테이너 런타임을'],
    ['호스트 OS (공유 커널)', '호스트 OS (공유 커널)를'],
    ['앱', '앱을'],
  ])('%s → %s', (word, expected) => expect(withObjectParticle(word)).toBe(expected))
})
