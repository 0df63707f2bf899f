import { describe, expect, it } from 'vitest'
import { CheckedMap } from './checked-entries'

/** Raw values are strings; a value checks when it is a number written out, else it fails. */
const numbers = (raw: [string, string][], fallback = new Map<string, number>()) => {
  const checked: string[] = []
  let fallbacks = 0
  const map = new CheckedMap<string, number>(
    raw,
    (text, key) => {
      checked.push(key)
      return /^\d+$/.test(text) ? Number(text) : null
    },
    () => (fallbacks++, fallback),
  )
  return { map, checked, fallbacks: () => fallbacks }
}

describe('a map checked as it is read', () => {
  it('checks a value once, on its first read, and knows its keys without checking', () => {
    const { map, checked } = numbers([
      ['a', '1'],
      ['b', '2'],
    ])
    expect(map.size).toBe(2)
    expect(map.has('b')).toBe(true)
    expect([...map.keys()]).toEqual(['a', 'b'])
    expect(checked).toEqual([])
    expect(map.get('b')).toBe(2)
    expect(map.get('b')).toBe(2)
    expect(map.get('zz')).toBeUndefined()
    expect(checked).toEqual(['b'])
    expect([...map]).toEqual([
      ['a', 1],
      ['b', 2],
    ])
  })

  it('answers every read from the fallback once a value fails, even one already checked', () => {
    const fallback = new Map([
      ['a', 10],
      ['b', 20],
      ['c', 30],
    ])
    const { map, fallbacks } = numbers(
      [
        ['a', '1'],
        ['b', 'not a number'],
        ['c', '3'],
      ],
      fallback,
    )
    expect(map.get('a')).toBe(1)
    // Listing reaches the damaged value: the whole list comes from the fallback, never a mix.
    expect([...map.values()]).toEqual([10, 20, 30])
    expect(map.get('a')).toBe(10)
    expect(map.size).toBe(3)
    expect(fallbacks()).toBe(1)
  })
})
