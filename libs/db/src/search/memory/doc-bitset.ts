/** A set of document numbers, one bit each. */
export class DocBitset {
  words: Uint32Array;
  /** Members, kept as bits flip, so that choosing a strategy by size costs nothing. */
  size = 0;

  constructor(capacity: number) {
    this.words = new Uint32Array(Math.ceil(Math.max(capacity, 1) / 32));
  }

  has(doc: number): boolean {
    return ((this.words[doc >>> 5] ?? 0) & (1 << (doc & 31))) !== 0;
  }

  add(doc: number): void {
    this.ensure(doc);
    if (!this.has(doc)) this.size++;
    this.words[doc >>> 5] |= 1 << (doc & 31);
  }

  delete(doc: number): void {
    if (!this.has(doc)) return;
    this.size--;
    this.words[doc >>> 5] &= ~(1 << (doc & 31));
  }

  /** Calls `visit` for each member in ascending order. */
  forEach(visit: (doc: number) => void): void {
    const words = this.words;
    for (let w = 0; w < words.length; w++) {
      let word = words[w];
      while (word !== 0) {
        const low = word & -word;
        visit((w << 5) + 31 - Math.clz32(low));
        word ^= low;
      }
    }
  }

  private ensure(doc: number): void {
    const needed = (doc >>> 5) + 1;
    if (needed <= this.words.length) return;
    const grown = new Uint32Array(Math.max(needed, this.words.length * 2));
    grown.set(this.words);
    this.words = grown;
  }
}
