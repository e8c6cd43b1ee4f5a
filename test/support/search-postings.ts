import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { copyPostings, insertEmployers } from '../../bench/search/copy-postings';
import { PostingGenerator } from '../../bench/search/posting-generator';

/** The rates the generator annualises with: the config's defaults, so salary filters agree with the API. */
export const TEST_RATES = { EUR: 1, USD: 0.92, GBP: 1.17, PLN: 0.23, NOK: 0.086, SEK: 0.088 };

/** `count` realistic postings (every role, language, country...) from a fixed seed, with their employers. */
export async function seedGeneratedPostings(pg: Client, count: number, seed = 11): Promise<PostingGenerator> {
  const generator = new PostingGenerator({ seed, employers: 40, rates: TEST_RATES, now: new Date() });
  await insertEmployers(pg, generator.employers);
  await copyPostings(pg, generator, count);
  return generator;
}

export interface HandmadePosting {
  title: string;
  employerName: string;
  description?: string;
  roles?: string[];
  language?: string;
  country?: string;
  city?: string;
  remoteMode?: string;
  spokenLanguages?: string[];
  salaryMin?: number;
  salaryMax?: number;
  salaryCurrency?: string;
  salaryPeriod?: string;
  salaryAnnual?: number;
  postedAt?: Date;
  validThrough?: Date;
  /** A provenance record under this source name is created with it. */
  sourceName?: string;
}

/** One posting with exactly these fields (and a provenance record), for tests that check one case. */
export async function insertPosting(pg: Client, p: HandmadePosting): Promise<string> {
  const id = randomUUID();
  const description = p.description ?? `<p>${p.title} at ${p.employerName}.</p>`;
  await pg.query(
    `INSERT INTO postings (id, title, description, description_text, employer_name, roles, language, country, city, remote_mode,
       spoken_languages, salary_min, salary_max, salary_currency, salary_period, salary_annual, salary_raw, posted_at, valid_through,
       fingerprint, apply_url, content_hash, employment_type, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::"Role"[], $7, $8, $9, $10::"RemoteMode", $11, $12, $13, $14, $15::"SalaryPeriod", $16, $17, $18, $19,
       $20, $21, 'h', 'full_time', now())`,
    [
      id, p.title, description, description.replace(/<[^>]+>/g, ' '), p.employerName, p.roles ?? ['customer_service'], p.language ?? 'en',
      p.country ?? 'EE', p.city ?? 'Tallinn', p.remoteMode ?? 'onsite', p.spokenLanguages ?? [], p.salaryMin ?? null, p.salaryMax ?? null,
      p.salaryCurrency ?? null, p.salaryPeriod ?? null, p.salaryAnnual ?? null,
      p.salaryMin ? `${p.salaryMin}–${p.salaryMax ?? p.salaryMin} ${p.salaryCurrency ?? 'EUR'} / ${p.salaryPeriod ?? 'month'}` : null,
      p.postedAt ?? new Date(), p.validThrough ?? null, `handmade|${id}`, `https://careers.example.test/apply/${id}`,
    ],
  );
  const source = await pg.query<{ id: string }>(
    `INSERT INTO sources (name, kind, url, interval_seconds, updated_at) VALUES ($1, 'jsonld', 'https://careers.example.test/', 3600, now())
     ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [p.sourceName ?? 'example-careers'],
  );
  await pg.query(
    `INSERT INTO posting_sources (posting_id, source_id, external_id, url, apply_url, content_hash) VALUES ($1, $2, $3, $4, $5, 'h')`,
    [id, source.rows[0].id, id, `https://careers.example.test/jobs/${id}`, `https://careers.example.test/apply/${id}`],
  );
  return id;
}
