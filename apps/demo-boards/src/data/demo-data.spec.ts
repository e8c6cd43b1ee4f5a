import { jobSlug } from '../render/career-site.template';
import { BOARDS, type Board } from './boards.data';
import { CAREER_SITES } from './career-sites.data';
import { EMPLOYERS } from './employers.data';
import type { DemoPosting } from './posting.types';

const careerPostings = CAREER_SITES.flatMap((s) => s.postings);
const boardPostings = Object.values(BOARDS).flatMap((boards) => (boards as Board[]).flatMap((b) => b.postings));

describe('demo data', () => {
  it('has 30–40 career-site postings covering all seven roles and non-CS jobs', () => {
    expect(careerPostings.length).toBeGreaterThanOrEqual(30);
    expect(careerPostings.length).toBeLessThanOrEqual(40);
    const roles = new Set(careerPostings.map((p) => p.role));
    expect([...roles].filter(Boolean).sort()).toEqual(
      ['call_center', 'crm_manager', 'cs_coordinator', 'customer_service', 'sales_support', 'social_media', 'tech_support'].sort(),
    );
    expect(roles.has(null)).toBe(true);
    expect(new Set(careerPostings.map((p) => p.seniority)).size).toBe(5);
  });

  it('gives every posting a unique key, and every site page a unique slug', () => {
    const all = [...careerPostings, ...boardPostings];
    const unique = new Map<string, DemoPosting>();
    for (const p of all) {
      const seen = unique.get(p.key);
      // A posting reused by another board is the same object, not a copy with the same key.
      if (seen) expect(seen).toBe(p);
      unique.set(p.key, p);
    }
    for (const site of CAREER_SITES) {
      expect(new Set(site.postings.map(jobSlug)).size).toBe(site.postings.length);
    }
  });

  it('refers only to known employers and has postings in en, et, nb, pl, el and de', () => {
    const all = [...careerPostings, ...boardPostings];
    for (const p of all) expect(EMPLOYERS[p.employer]).toBeDefined();
    expect(new Set(all.map((p) => p.lang))).toEqual(new Set(['en', 'et', 'nb', 'pl', 'el', 'de']));
  });

  it('reuses career-site postings in ATS feeds, so the same job appears on two boards', () => {
    const shared = boardPostings.filter((p) => careerPostings.includes(p));
    expect(shared.length).toBeGreaterThanOrEqual(6);
    expect(new Set(shared.map((p) => p.employer))).toEqual(new Set(['nordic-care', 'hilton']));
  });

  it('includes all nine headline employers', () => {
    const headline = ['hilton', 'american-express', 'delta', 'optum', 'southwest', 'jpmorgan-chase', 'amazon', 'apple', 'home-depot'];
    const used = new Set([...careerPostings, ...boardPostings].map((p) => p.employer));
    expect(headline.filter((e) => used.has(e))).toEqual(headline);
  });
});
