/**
 * BullMQ keeps jobs, locks and queue state in Redis keys; a Redis allowed to evict keys under
 * memory pressure silently loses jobs. Returns the warning to log, or null when the policy is safe.
 */
export function evictionPolicyWarning(policy: string | null): string | null {
  if (policy === 'noeviction') return null;
  if (policy === null) return 'could not read Redis maxmemory-policy; BullMQ needs "noeviction" or jobs may be evicted and lost';
  return `Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction": under memory pressure Redis would evict job keys and lose jobs`;
}

/** The policy from `INFO memory` output, for Redis services that disable CONFIG. */
export function policyFromInfo(info: string): string | null {
  const m = /^maxmemory_policy:(\S+)/m.exec(info);
  return m ? m[1] : null;
}
