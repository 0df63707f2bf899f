import { describe, expect, it } from 'vitest'
import { contract } from './contract'
import { channelOf, METHOD_NAMES } from './methods'

describe('the zod-free method list', () => {
  it('names every contract method once, in contract order', () => {
    expect([...METHOD_NAMES]).toEqual(Object.keys(contract))
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length)
  })

  it('gives each method its own channel', () => {
    const channels = METHOD_NAMES.map(channelOf)
    expect(new Set(channels).size).toBe(channels.length)
    expect(channelOf('getCatalog')).toBe('api:getCatalog')
  })
})
