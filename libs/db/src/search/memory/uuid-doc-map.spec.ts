import { randomUUID } from 'node:crypto';
import { UuidDocMap, parseUuid } from './uuid-doc-map';

describe('UuidDocMap', () => {
  it('agrees with a Map through inserts, overwrites, deletes and growth', () => {
    const map = new UuidDocMap(4);
    const reference = new Map<string, number>();
    const ids = Array.from({ length: 30_000 }, () => randomUUID());
    ids.forEach((id, i) => {
      map.set(id, i);
      reference.set(id, i);
    });
    for (let i = 0; i < ids.length; i += 3) {
      expect(map.delete(ids[i])).toBe(true);
      reference.delete(ids[i]);
    }
    for (let i = 0; i < ids.length; i += 5) {
      map.set(ids[i], i + 100_000);
      reference.set(ids[i], i + 100_000);
    }
    expect(map.size).toBe(reference.size);
    for (const id of ids) expect(map.get(id)).toBe(reference.get(id));
    expect(map.get(randomUUID())).toBeUndefined();
    expect(map.delete(randomUUID())).toBe(false);
  });

  it('reads upper- and lower-case ids alike and refuses what is no UUID', () => {
    const map = new UuidDocMap();
    const id = randomUUID();
    map.set(id, 3);
    expect(map.get(id.toUpperCase())).toBe(3);
    for (const bad of ['', 'x', `${id}0`, id.replace(/-/g, '_'), id.replace(/[0-9a-f]$/, 'g')]) expect(map.get(bad)).toBeUndefined();
    expect(() => map.set('nope', 1)).toThrow(/not a UUID/);
    const words = new Uint32Array(4);
    expect(parseUuid('ffffffff-0000-0000-0000-000000000001', words)).toBe(true);
    expect([...words]).toEqual([0xffffffff, 0, 0, 1]);
  });
});
