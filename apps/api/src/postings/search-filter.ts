import type { AppConfig } from '@app/config';
import type { ListPostingsQuery } from '@app/db';
import { badParameter } from './bad-parameter';
import type { SearchPostingsQueryDto } from './dto/search-postings-query.dto';

export type PostingSearchFilter = ListPostingsQuery['filter'];

const HOUR = 60 * 60 * 1000;
// PostgreSQL text cannot hold NUL, and no control character means anything in a search.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g;

const clean = (value: string) => value.replace(CONTROL, ' ').trim();
const cleanList = (values: string[] | undefined) => {
  const kept = values?.map(clean).filter((v) => v !== '');
  return kept && kept.length > 0 ? kept : undefined;
};
const MAX_WINDOW = 365 * 24 * HOUR;

/**
 * The cutoff of `postedWithin`, rounded down to the minute: requests within one minute share it,
 * so their facet counts come from one cached entry instead of a new count per millisecond.
 */
export function postedAfter(postedWithin: string, now: number): Date {
  const amount = Number(postedWithin.slice(0, -1));
  const window = amount * (postedWithin.endsWith('d') ? 24 * HOUR : HOUR);
  if (window > MAX_WINDOW) throw badParameter('postedWithin', 'postedWithin must be at most 365d');
  return new Date(Math.floor(now / 60_000) * 60_000 - window);
}

/** What the seeker asked, as the repository's filter: pay converted to yearly base currency, blanks dropped. */
export function toSearchFilter(dto: SearchPostingsQueryDto, config: Pick<AppConfig, 'SALARY_BASE_CURRENCY' | 'SALARY_RATES'>, now = Date.now()): PostingSearchFilter {
  const filter: PostingSearchFilter = {
    roles: dto.role,
    seniorities: dto.seniority,
    employers: cleanList(dto.employer),
    speaks: dto.speaks,
    shifts: dto.shift,
    countries: dto.country,
    cities: cleanList(dto.city),
    remote: dto.remote,
    languages: dto.language,
  };
  if (dto.salaryMin !== undefined) {
    const currency = dto.currency ?? config.SALARY_BASE_CURRENCY;
    const rate = currency === config.SALARY_BASE_CURRENCY ? 1 : config.SALARY_RATES[currency];
    if (rate === undefined) {
      throw badParameter('currency', `currency must be one of: ${[config.SALARY_BASE_CURRENCY, ...Object.keys(config.SALARY_RATES)].filter((c, i, a) => a.indexOf(c) === i).join(', ')}`);
    }
    // Cents, so that the database's numeric and the index's double compare the same number.
    filter.salaryAnnualMin = Math.round(dto.salaryMin * rate * 100) / 100;
  } else if (dto.currency !== undefined && dto.currency !== config.SALARY_BASE_CURRENCY && config.SALARY_RATES[dto.currency] === undefined) {
    throw badParameter('currency', `currency ${dto.currency} is not one the board converts`);
  }
  if (dto.hasSalary) filter.salaryRequired = true;
  if (dto.postedWithin) filter.postedAfter = postedAfter(dto.postedWithin, now);
  const q = dto.q === undefined ? undefined : clean(dto.q);
  if (q) filter.q = q;
  for (const key of Object.keys(filter) as (keyof PostingSearchFilter)[]) if (filter[key] === undefined) delete filter[key];
  return filter;
}
