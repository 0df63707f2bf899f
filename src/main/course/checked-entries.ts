/**
 * A read-only map whose values arrive unchecked (`R`: where the pack cache file holds each one's
 * JSON) and are parsed and checked the first time each one is read, then kept. The pack cache
 * stores every chapter, question and diagram this way, so a start-up checks only what it shows:
 * checking the whole pack in a fresh process cost ~60 ms, nearly all of it the schemas' first use.
 *
 * When a value fails its check, `fallback` gives the map to use instead, and from then on every
 * read goes there: a damaged entry is never shown, and the learner sees what the pack's own files
 * hold.
 */
export class CheckedMap<R, V> implements ReadonlyMap<string, V> {
  readonly #keys: ReadonlySet<string>
  readonly #raw: Map<string, R>
  readonly #checked = new Map<string, V>()
  #fellBack: ReadonlyMap<string, V> | null = null

  constructor(
    entries: Iterable<readonly [string, R]>,
    private readonly check: (raw: R, key: string) => V | null,
    private readonly fallback: () => ReadonlyMap<string, V>,
  ) {
    this.#raw = new Map(entries)
    this.#keys = new Set(this.#raw.keys())
  }

  get(key: string): V | undefined {
    if (this.#fellBack) return this.#fellBack.get(key)
    const known = this.#checked.get(key)
    if (known !== undefined) return known
    if (!this.#raw.has(key)) return undefined
    const value = this.check(this.#raw.get(key) as R, key)
    if (value === null) {
      this.#fellBack = this.fallback()
      return this.#fellBack.get(key)
    }
    this.#checked.set(key, value)
    this.#raw.delete(key)
    return value
  }

  has(key: string): boolean {
    return this.#fellBack ? this.#fellBack.has(key) : this.#keys.has(key)
  }

  get size(): number {
    return this.#fellBack ? this.#fellBack.size : this.#keys.size
  }

  *entries(): MapIterator<[string, V]> {
    // Every value is checked before the first is given, so a failure midway cannot mix sources.
    for (const key of this.#keys) if (!this.#fellBack) this.get(key)
    if (this.#fellBack) return yield* this.#fellBack.entries()
    for (const key of this.#keys) yield [key, this.#checked.get(key) as V]
  }

  *keys(): MapIterator<string> {
    yield* this.#fellBack ? this.#fellBack.keys() : this.#keys
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this)
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries()
  }
}
