import type { DemoPosting, EmploymentType, Seniority, WorkMode } from '../data/posting.types';
import { BENCH_LANGS, BENCH_PLACES, BENCH_SENTENCES, BENCH_TITLES } from './bench-vocabulary';

const EMPLOYER_IDS = [
  'nordic-care',
  'hilton',
  'american-express',
  'delta',
  'optum',
  'southwest',
  'jpmorgan-chase',
  'amazon',
  'apple',
  'home-depot',
  'kundenwerk',
  'pohjala-pank',
];
const SENIORITY: Array<[Seniority, string]> = [
  ['agent', ''],
  ['agent', ''],
  ['agent', ''],
  ['team_leader', 'Team Leader – '],
  ['supervisor', 'Supervisor – '],
];
const WORK_MODES: WorkMode[] = ['onsite', 'hybrid', 'hybrid', 'remote'];
const EMPLOYMENT: EmploymentType[] = ['FULL_TIME', 'FULL_TIME', 'FULL_TIME', 'PART_TIME', 'TEMPORARY'];

/** mulberry32: a tiny seeded PRNG, so posting i is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pickFrom = <T>(r: () => number, items: T[]): T => items[Math.floor(r() * items.length)];

function sentences(r: () => number, pool: string[], count: number): string[] {
  const start = Math.floor(r() * pool.length);
  return Array.from({ length: count }, (_, k) => pool[(start + k) % pool.length]);
}

/** The i-th benchmark posting (1-based), a pure function of i. */
export function benchPosting(i: number): DemoPosting {
  const r = random(i * 2654435761);
  const lang = BENCH_LANGS[i % BENCH_LANGS.length];
  const [role, baseTitle] = pickFrom(r, BENCH_TITLES[lang]);
  const [seniority, prefix] = pickFrom(r, SENIORITY);
  const place = pickFrom(r, BENCH_PLACES[lang]);
  const [low, high] = place.monthly;
  const min = Math.round((low + r() * (high - low) * 0.5) / 50) * 50;
  const pool = BENCH_SENTENCES[lang];
  return {
    key: `bench-${i}`,
    ref: `BENCH-${String(i).padStart(5, '0')}`,
    employer: EMPLOYER_IDS[i % EMPLOYER_IDS.length],
    title: `${seniority === 'agent' || lang !== 'en' ? '' : prefix}${baseTitle} #${i}`,
    lang,
    role,
    seniority,
    place: { city: place.city, region: place.region, country: place.country },
    workMode: pickFrom(r, WORK_MODES),
    employmentType: pickFrom(r, EMPLOYMENT),
    pay: { min, max: min + Math.round(((high - low) * 0.4) / 50) * 50, currency: place.currency, unit: 'MONTH' },
    department: 'Customer Operations',
    postedDaysAgo: 1 + (i % 28),
    closesInDays: 14 + (i % 30),
    body: {
      intro: sentences(r, pool, 2).join(' '),
      duties: sentences(r, pool, 4),
      profile: sentences(r, pool, 3),
      offer: sentences(r, pool, 3),
    },
  };
}
