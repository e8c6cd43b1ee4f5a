import { hashToken, isOpaqueToken, newOpaqueToken, safeEqual } from './opaque-token';

describe('opaque tokens', () => {
  it('carry their kind, 256 random bits, and are recognised only as that kind', () => {
    const key = newOpaqueToken('apiKey');
    expect(key).toMatch(/^flk_[A-Za-z0-9_-]{43}$/);
    expect(isOpaqueToken('apiKey', key)).toBe(true);
    expect(isOpaqueToken('refresh', key)).toBe(false);
    expect(newOpaqueToken('apiKey')).not.toBe(key);
    for (const bad of [`${key}x`, key.slice(0, -1), `flk_${'!'.repeat(43)}`, 42, null, `flk_${'a'.repeat(43)}\n`]) {
      expect(isOpaqueToken('apiKey', bad)).toBe(false);
    }
  });

  it('are stored as a SHA-256 that does not contain them', () => {
    const token = newOpaqueToken('session');
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toContain(token.slice(4, 12));
  });

  it('compare in constant time, unequal lengths included', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
  });
});
