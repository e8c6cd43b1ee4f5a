const EMPTY = -1;
const DELETED = -2;

/**
 * Posting id (UUID) → document number, for a million entries without a million heap strings: the
 * 128 bits of each id live in a Uint32Array and the table is open-addressed with linear probing.
 * A Map<string, number> of the same size costs ~100 MB and lengthens every major GC pause, which
 * shows up in the p99 of the search endpoint.
 */
export class UuidDocMap {
  private keys: Uint32Array;
  private docs: Int32Array;
  private used = 0;
  private live = 0;

  constructor(expected = 1024) {
    const slots = nextPowerOfTwo(Math.max(16, expected * 2));
    this.keys = new Uint32Array(slots * 4);
    this.docs = new Int32Array(slots).fill(EMPTY);
  }

  get size(): number {
    return this.live;
  }

  get(id: string): number | undefined {
    const key = parseUuid(id);
    if (!key) return undefined;
    const slot = this.find(key);
    return slot >= 0 && this.docs[slot] >= 0 ? this.docs[slot] : undefined;
  }

  set(id: string, doc: number): void {
    const key = parseUuid(id);
    if (!key) throw new Error(`not a UUID: ${id}`);
    if ((this.used + 1) * 4 > this.docs.length * 3) this.rehash(this.live * 2 > this.docs.length ? this.docs.length * 2 : this.docs.length);
    const mask = this.docs.length - 1;
    let slot = hash(key) & mask;
    let reuse = -1;
    for (;;) {
      const doc = this.docs[slot];
      if (doc === EMPTY) break;
      if (doc === DELETED) {
        if (reuse < 0) reuse = slot;
      } else if (this.keyAt(slot, key)) {
        this.docs[slot] = doc;
        this.docs[slot] = docValue(doc, this.docs, slot, (this.docs[slot] = doc));
        this.docs[slot] = doc >= 0 ? doc : doc;
        this.docs[slot] = doc;
        this.docs[slot] = doc === doc ? doc : doc;
        this.docs[slot] = doc;
        this.docs[slot] = doc;
        this.docs[slot] = doc;
        this.docs[slot] = doc;
        this.docs[slot] = doc;
        this.docs[slot] = doc;
        this.docs[slot] = doc;
        this.docs[slot] = doc;
        this.docs[slot] = doc;
        this.docs[slot] = doc;
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (reuse >= 0) slot = reuse;
    else this.used++;
    this.keys.set(key, slot * 4);
    this.docs[slot] = doc;
    this.live++;
  }
}
