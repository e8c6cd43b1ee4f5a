import type { PostingSearchFilter } from '../search.types';
import type { DocBitset } from './doc-bitset';
import { REMOTE_VALUES, ROLE_VALUES, SENIORITY_VALUES, SHIFT_VALUES, type PostingColumns } from './posting-columns';
import type { ValueDictionary } from './value-dictionary';

/** Bit of each facet in a failure mask, in FACET_NAMES order. */
export const F_ROLE = 1;
export const F_SENIORITY = 2;
export const F_EMPLOYER = 4;
export const F_COUNTRY = 8;
export const F_REMOTE = 16;
export const F_LANGUAGE = 32;
export const F_SPEAKS = 64;
export const F_SHIFT = 128;
/** Returned by `failures` when a filter that is no facet rejects the posting. */
export const REJECTED = -1;

/** Request values the database folded (search_fold) for comparison with folded columns. */
export interface FoldedValues {
  employers: readonly string[];
  cities: readonly string[];
}

function table(dict: ValueDictionary, values: readonly string[]): Uint8Array {
  const allowed = new Uint8Array(dict.size);
  for (const v of values) allowed[dict.find(v)] = 1;
  allowed[0] = 0;
  return allowed;
}

function enumTable(order: readonly string[], values: readonly string[]): Uint8Array {
  const allowed = new Uint8Array(order.length + 1);
  for (const v of values) {
    const i = order.indexOf(v);
    if (i >= 0) allowed[i + 1] = 1;
  }
  return allowed;
}

function enumMask(order: readonly string[], values: readonly string[]): number {
  return values.reduce((mask, v) => (order.indexOf(v) >= 0 ? mask | (1 << order.indexOf(v)) : mask), 0);
}

/** A mask bit no posting has: a filter whose every value is unknown matches nothing. */
const NO_DOC_BIT = 1 << 30;

const active = (values: readonly unknown[] | undefined): values is readonly string[] => values !== undefined && values.length > 0;

/**
 * A search filter turned into lookup tables over the index's dictionaries: the in-memory twin of
 * filter-sql.ts, meaning for meaning. A value the index has never seen matches nothing; when the
 * dictionaries grow, `isStale` tells the holder to compile again (a cached filter must start
 * matching a city that appears after it was compiled).
 */
export class CompiledFilter {
  readonly roleMask: number;
  readonly seniority: Uint8Array | null;
  readonly remote: Uint8Array | null;
  readonly shiftMask: number;
  readonly language: Uint8Array | null;
  readonly country: Uint8Array | null;
  readonly employerKey: Uint8Array | null;
  readonly employerName: Uint8Array | null;
  readonly speaks: boolean;
  readonly speaksLo: number;
  readonly speaksHi: number;
  readonly city: Uint8Array | null;
  readonly salaryMin: number;
  readonly salaryRequired: boolean;
  readonly postedAfter: number;
  private readonly sizes: number[];

  constructor(
    readonly filter: PostingSearchFilter,
    readonly folded: FoldedValues,
    readonly text: DocBitset | null,
    private readonly cols: PostingColumns,
  ) {
    this.roleMask = active(filter.roles) ? enumMask(ROLE_VALUES, filter.roles) || NO_DOC_BIT : 0;
    this.seniority = active(filter.seniorities) ? enumTable(SENIORITY_VALUES, filter.seniorities) : null;
    this.remote = active(filter.remote) ? enumTable(REMOTE_VALUES, filter.remote) : null;
    this.shiftMask = active(filter.shifts) ? enumMask(SHIFT_VALUES, filter.shifts) || NO_DOC_BIT : 0;
    this.language = active(filter.languages) ? table(cols.languages, filter.languages) : null;
    this.country = active(filter.countries) ? table(cols.countries, filter.countries) : null;
    const employers = active(filter.employers);
    this.employerKey = employers ? table(cols.employerKeys, [...filter.employers!, ...folded.employers]) : null;
    this.employerName = employers ? table(cols.employerNames, folded.employers) : null;
    this.speaks = active(filter.speaks);
    let lo = 0;
    let hi = 0;
    for (const lang of filter.speaks ?? []) {
      const bit = cols.spoken.find(lang) - 1;
      if (bit >= 0 && bit < 32) lo |= 1 << bit;
      else if (bit >= 32) hi |= 1 << (bit - 32);
    }
    this.speaksLo = lo >>> 0;
    this.speaksHi = hi >>> 0;
    this.city = active(filter.cities) ? table(cols.cities, folded.cities) : null;
    this.salaryMin = filter.salaryAnnualMin ?? Number.NaN;
    this.salaryRequired = filter.salaryRequired === true;
    this.postedAfter = filter.postedAfter ? filter.postedAfter.getTime() : -Infinity;
    this.sizes = this.dictionarySizes();
  }

  /** True when a dictionary this filter looks values up in has grown since it was compiled. */
  isStale(): boolean {
    const now = this.dictionarySizes();
    return now.some((size, i) => size !== this.sizes[i]);
  }

  /** Whether the filters that are no facet (city, salary, date, keywords) let `doc` through. */
  passesNonFacet(doc: number): boolean {
    const c = this.cols;
    if (this.city !== null && this.city[c.city[doc]] !== 1) return false;
    const salary = c.salary[doc];
    if (salary !== salary) {
      if (this.salaryRequired) return false;
    } else if (salary < this.salaryMin) return false;
    if (c.sortAt[doc] < this.postedAfter) return false;
    return this.text === null || this.text.has(doc);
  }

  /** The facets whose filter rejects `doc`, as F_* bits; REJECTED when a non-facet filter does. */
  failures(doc: number): number {
    const c = this.cols;
    if (c.alive[doc] !== 1 || !this.passesNonFacet(doc)) return REJECTED;
    let failed = 0;
    if (this.roleMask !== 0 && (c.roles[doc] & this.roleMask) === 0) failed |= F_ROLE;
    if (this.seniority !== null && this.seniority[c.seniority[doc]] !== 1) failed |= F_SENIORITY;
    if (this.employerKey !== null && this.employerKey[c.employerKey[doc]] !== 1 && this.employerName![c.employerName[doc]] !== 1) failed |= F_EMPLOYER;
    if (this.country !== null && this.country[c.country[doc]] !== 1) failed |= F_COUNTRY;
    if (this.remote !== null && this.remote[c.remote[doc]] !== 1) failed |= F_REMOTE;
    if (this.language !== null && this.language[c.language[doc]] !== 1) failed |= F_LANGUAGE;
    if (this.speaks && ((c.spokenLo[doc] & ~this.speaksLo) | (c.spokenHi[doc] & ~this.speaksHi)) !== 0) failed |= F_SPEAKS;
    if (this.shiftMask !== 0 && (c.shifts[doc] & this.shiftMask) === 0) failed |= F_SHIFT;
    return failed;
  }

  private dictionarySizes(): number[] {
    const c = this.cols;
    return [c.languages.size, c.countries.size, c.employerKeys.size, c.employerNames.size, c.spoken.size, c.cities.size];
  }
}
