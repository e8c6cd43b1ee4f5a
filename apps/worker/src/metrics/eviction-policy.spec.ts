import { evictionPolicyWarning, policyFromInfo } from './eviction-policy';

describe('evictionPolicyWarning', () => {
  it('is silent for noeviction', () => expect(evictionPolicyWarning('noeviction')).toBeNull());

  it.each(['allkeys-lru', 'volatile-lru', 'allkeys-random'])('warns for %s, naming it', (policy) => {
    expect(evictionPolicyWarning(policy)).toContain(`"${policy}"`);
    expect(evictionPolicyWarning(policy)).toContain('noeviction');
  });

  it('warns when the policy cannot be read', () => expect(evictionPolicyWarning(null)).toMatch(/could not read/));
});

describe('policyFromInfo', () => {
  it('reads maxmemory_policy from INFO memory', () => {
    expect(policyFromInfo('# Memory\r\nused_memory:1\r\nmaxmemory_policy:allkeys-lru\r\nx:y\r\n')).toBe('allkeys-lru');
    expect(policyFromInfo('# Memory\r\n')).toBeNull();
  });
});
