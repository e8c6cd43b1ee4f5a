import { randomUUID } from 'node:crypto';
import type { IndexedPosting } from './posting-columns';

/** Random but plausible index entries for the unit tests of the in-memory index (no database). */
export function randomIndexedPosting(random: () => number, now = Date.UTC(2026, 10, 1)): IndexedPosting {
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const some = <T>(values: readonly T[]) => values.filter(() => random() < 0.3);
  return {
    id: randomUUID(),
    roles: some(['call_center', 'tech_support', 'crm_manager', 'social_media', 'customer_service', 'cs_coordinator', 'sales_support']),
    seniority: pick(['agent', 'team_leader', 'manager', null]),
    remoteMode: pick(['remote', 'hybrid', 'onsite', null]),
    shifts: some(['day', 'night', 'weekend']),
    language: pick(['en', 'et', 'nb', null]),
    country: pick(['EE', 'NO', 'PL', null]),
    cityFolded: pick(['tallinn', 'oslo', 'lodz', null]),
    employerKey: pick(['amazon', 'telia', null]),
    employerNameFolded: pick(['amazon', 'telia', 'acme']),
    employerLabel: 'Employer',
    spokenLanguages: some(['en', 'et', 'nb', 'pl']),
    salaryAnnual: random() < 0.4 ? null : Math.round(random() * 5) * 10000,
    // Few distinct instants, so that ties (broken by id) are common.
    sortAt: now - Math.floor(random() * 20) * 3_600_000,
  };
}

export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
