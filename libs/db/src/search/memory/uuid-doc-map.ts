const EMPTY = -1;
const DELETED = -2;

/**
 * Posting id (UUID) → document number, for a million entries without a million heap strings: the
 * 128 bits of each id live in a Uint32Array and the table is open-addressed with linear probing.
 * A Map<string, number> of the same size costs ~100 MB and lengthens every major GC pause, which
 * shows in the p99 of the search endpoint.
 */
export class UuidDocMap {
  private keys: Uint32Array;
  private docs: Int32Array;
  /** Slots not EMPTY (live or DELETED): what decides when to rehash. */
  private used = 0;
  private live = 0;
  private readonly key = new Uint32Array(4);

  constructor(expected = 1024) {
    const slots = nextPowerOfTwo(Math.max(16, expected * 2));
    this.keys = new Uint32Array(slots * 4);
    this.docs = new Int32Array(slots).fill(EMPTY);
  }

  get size(): number {
    return this.live;
  }

  get(id: string): number | undefined {
    if (!parseUuid(id, this.key)) return undefined;
    const slot = this.slotOf(this.key);
    return slot >= 0 ? this.docs[slot] : undefined;
  }

  set(id: string, doc: number): void {
    if (!parseUuid(id, this.key)) throw new Error(`not a UUID: ${id}`);
    const existing = this.slotOf(this.key);
    if (existing >= 0) {
      this.docs[existing] = doc;
      return;
    }
    if ((this.used + 1) * 4 > this.docs.length * 3) this.rehash();
    const mask = this.docs.length - 1;
    let slot = hashKey(this.key) & mask;
    while (this.docs[slot] >= 0) slot = (slot + 1) & mask;
    if (this.docs[slot] === EMPTY) this.used++;
    this.keys.set(this.key, slot * 4);
    this.docs[slot] = doc;
    this.live++;
  }

  delete(id: string): boolean {
    if (!parseUuid(id, this.key)) return false;
    const slot = this.slotOf(this.key);
    if (slot < 0) return false;
    this.docs[slot] = DELETED;
    this.live--;
    return true;
  }

  private slotOf(key: Uint32Array): number {
    const mask = this.docs.length - 1;
    let slot = hashKey(key) & mask;
    for (;;) {
      const doc = this.docs[slot];
      if (doc === EMPTY) return -1;
      if (doc >= 0) {
        const at = slot * 4;
        const keys = this.keys;
        if (keys[at] === key[0] && keys[at + 1] === key[1] && keys[at + 2] === key[2] && keys[at + 3] === key[3]) return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Doubles when mostly live, else rebuilds at the same size to drop tombstones. */
  private rehash(): void {
    const oldKeys = this.keys;
    const oldDocs = this.docs;
    const slots = this.live * 2 >= oldDocs.length / 2 ? oldDocs.length * 2 : oldDocs.length;
    this.keys = new Uint32Array(slots * 4);
    this.docs = new Int32Array(slots).fill(EMPTY);
    this.used = 0;
    this.live = 0;
    const mask = slots - 1;
    const key = new Uint32Array(4);
    for (let old = 0; old < oldDocs.length; old++) {
      if (oldDocs[old] < 0) continue;
      key.set(oldKeys.subarray(old * 4, old * 4 + 4));
      let slot = hashKey(key) & mask;
      while (this.docs[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys.set(key, slot * 4);
      this.docs[slot] = oldDocs[old];
      this.used++;
      this.live++;
    }
  }
}

function nextPowerOfTwo(n: number): number {
  return 2 ** Math.ceil(Math.log2(n));
}

/** Random UUIDs are already uniform; mixing the words guards against ids that are not. */
function hashKey(key: Uint32Array): number {
  let h = Math.imul(key[0] ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ key[1] ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ key[2] ^ (h >>> 16), 0x85ebca6b);
  h ^= key[3] ^ (h >>> 13);
  return h >>> 0;
}

/** Hex digit value of each char code; 255 for anything else. */
const HEX = new Uint8Array(128).fill(255);
for (let i = 0; i < 16; i++) {
  HEX['0123456789abcdef'.charCodeAt(i)] = i;
  HEX['0123456789ABCDEF'.charCodeAt(i)] = i;
}
const DASHES = [8, 13, 18, 23];

/** Writes the 128 bits of `id` into `out`; false when `id` is no UUID. Hand-rolled: it runs once per id of a keyword match. */
export function parseUuid(id: string, out: Uint32Array): boolean {
  if (id.length !== 36) return false;
  for (const at of DASHES) if (id.charCodeAt(at) !== 45) return false;
  let word = 0;
  let nibbles = 0;
  let w = 0;
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) continue;
    const code = id.charCodeAt(i);
    const v = code < 128 ? HEX[code] : 255;
    if (v === 255) return false;
    word = (word << 4) | v;
    if (++nibbles === 8) {
      out[w++] = word >>> 0;
      word = 0;
      nibbles = 0;
    }
  }
  return true;
}
