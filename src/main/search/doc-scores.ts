/**
 * A score per document number for one query, dense so a word matching thousands of documents
 * costs array writes rather than Map entries (search at ×100 pack size spent its time there).
 */
export class DocScores {
  private readonly values: Float64Array
  /** The documents with a score, in the order they got it. */
  readonly docs: number[] = []

  constructor(size: number) {
    this.values = new Float64Array(size)
  }

  has(doc: number): boolean {
    return (this.values[doc] ?? 0) > 0
  }

  get(doc: number): number {
    return this.values[doc] ?? 0
  }

  /** Scores must be positive: zero means "no score". */
  set(doc: number, score: number): void {
    if (!this.has(doc)) this.docs.push(doc)
    this.values[doc] = score
  }

  add(doc: number, score: number): void {
    this.set(doc, this.get(doc) + score)
  }

  get size(): number {
    return this.docs.length
  }
}
