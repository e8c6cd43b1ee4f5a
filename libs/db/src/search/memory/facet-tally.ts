import { compareBuckets } from '../facet-sql';
import type { FacetBucket, PostingFacets } from '../search.types';
import { F_COUNTRY, F_EMPLOYER, F_LANGUAGE, F_REMOTE, F_ROLE, F_SENIORITY, F_SHIFT, F_SPEAKS, REJECTED, type CompiledFilter } from './compiled-filter';
import { REMOTE_VALUES, ROLE_VALUES, SENIORITY_VALUES, SHIFT_VALUES, type PostingColumns } from './posting-columns';
import type { ValueDictionary } from './value-dictionary';

/** Bit positions of each mask value 0..255, so that counting a mask is a loop over its set bits. */
const BITS: number[][] = Array.from({ length: 256 }, (_, mask) => [0, 1, 2, 3, 4, 5, 6, 7].filter((b) => mask & (1 << b)));

function bump(counts: Int32Array<ArrayBuffer>, code: number, delta: number): Int32Array<ArrayBuffer> {
  if (code >= counts.length) {
    const grown = new Int32Array(Math.max(code + 1, counts.length * 2));
    grown.set(counts);
    counts = grown;
  }
  counts[code] += delta;
  return counts;
}

/**
 * Facet counts of one filter, kept as arrays indexed by the columns' codes. Built by one pass over
 * the postings (`countAll`) and then kept exact as postings change by taking a posting's old
 * contribution out and its new one in (`apply`), which is what lets a cached result outlive
 * changes instead of being thrown away at each one.
 *
 * A posting counts in a facet when it passes every filter but that facet's own (disjunctive
 * facets): rejected by no facet filter, it counts everywhere and in `total`; rejected by exactly
 * one, it counts in that one only; by two or more, nowhere.
 */
export class FacetTally {
  total = 0;
  role = new Int32Array(ROLE_VALUES.length);
  seniority = new Int32Array(SENIORITY_VALUES.length + 1);
  remote = new Int32Array(REMOTE_VALUES.length + 1);
  shift = new Int32Array(SHIFT_VALUES.length);
  speaks = new Int32Array(64);
  language = new Int32Array(16);
  country = new Int32Array(64);
  employer = new Int32Array(256);
  /** The last `toFacets` answer, until a change invalidates it: a hot filter costs no rebuild. */
  private rendered: { employerTop: number; facets: PostingFacets } | null = null;

  static countAll(filter: CompiledFilter, cols: PostingColumns): FacetTally {
    const tally = new FacetTally();
    if (filter.text !== null) filter.text.forEach((doc) => tally.apply(filter, cols, doc, 1));
    else for (let doc = 0; doc < cols.length; doc++) tally.apply(filter, cols, doc, 1);
    return tally;
  }

  /** Adds (sign 1) or removes (sign -1) the contribution of `doc` as it is now in `cols`. */
  apply(filter: CompiledFilter, cols: PostingColumns, doc: number, sign: 1 | -1): void {
    const failed = filter.failures(doc);
    if (failed === REJECTED) return;
    this.rendered = null;
    if (failed === 0) {
      this.total += sign;
      this.countIn(~0, cols, doc, sign);
    } else if ((failed & (failed - 1)) === 0) {
      this.countIn(failed, cols, doc, sign);
    }
  }

  private countIn(facets: number, cols: PostingColumns, doc: number, sign: number): void {
    if (facets & F_ROLE) for (const b of BITS[cols.roles[doc]]) this.role[b] += sign;
    if (facets & F_SENIORITY) this.seniority[cols.seniority[doc]] += sign;
    if (facets & F_EMPLOYER) this.employer = bump(this.employer, cols.employerFacet[doc], sign);
    if (facets & F_COUNTRY) this.country = bump(this.country, cols.country[doc], sign);
    if (facets & F_REMOTE) this.remote[cols.remote[doc]] += sign;
    if (facets & F_LANGUAGE) this.language = bump(this.language, cols.language[doc], sign);
    if (facets & F_SPEAKS) {
      let lo = cols.spokenLo[doc];
      while (lo !== 0) {
        const low = lo & -lo;
        this.speaks[31 - Math.clz32(low)] += sign;
        lo ^= low;
      }
      let hi = cols.spokenHi[doc];
      while (hi !== 0) {
        const low = hi & -hi;
        this.speaks[63 - Math.clz32(low)] += sign;
        hi ^= low;
      }
    }
    if (facets & F_SHIFT) for (const b of BITS[cols.shifts[doc]]) this.shift[b] += sign;
  }

  /** The buckets the API returns; enum facets list every value (0 included) so a UI can show them all. */
  toFacets(cols: PostingColumns, employerTop: number): PostingFacets {
    if (this.rendered?.employerTop === employerTop) return this.rendered.facets;
    const fromEnum = (counts: Int32Array, values: readonly string[], offset: number): FacetBucket[] =>
      values.map((value, i) => ({ value, count: counts[i + offset] })).sort(compareBuckets);
    const fromDict = (counts: Int32Array, dict: ValueDictionary, withLabel = false): FacetBucket[] => {
      const out: FacetBucket[] = [];
      for (let code = 1; code < counts.length; code++) {
        if (counts[code] <= 0) continue;
        const value = dict.value(code)!;
        out.push(withLabel ? { value, count: counts[code], label: dict.label(code) ?? value } : { value, count: counts[code] });
      }
      return out.sort(compareBuckets);
    };
    const speaks: FacetBucket[] = [];
    for (let bit = 0; bit < this.speaks.length; bit++) {
      if (this.speaks[bit] > 0) speaks.push({ value: cols.spoken.value(bit + 1)!, count: this.speaks[bit] });
    }
    const facets: PostingFacets = {
      total: this.total,
      facets: {
        role: fromEnum(this.role, ROLE_VALUES, 0),
        seniority: fromEnum(this.seniority, SENIORITY_VALUES, 1),
        employer: topByCount(this.employer, cols.employerFacets, employerTop),
        country: fromDict(this.country, cols.countries),
        remote: fromEnum(this.remote, REMOTE_VALUES, 1),
        language: fromDict(this.language, cols.languages),
        speaks: speaks.sort(compareBuckets),
        shift: fromEnum(this.shift, SHIFT_VALUES, 0),
      },
    };
    this.rendered = { employerTop, facets };
    return facets;
  }
}

/** The `top` largest employer counts without sorting thousands of employers. */
function topByCount(counts: Int32Array, dict: ValueDictionary, top: number): FacetBucket[] {
  const best: FacetBucket[] = [];
  for (let code = 1; code < counts.length; code++) {
    const count = counts[code];
    if (count <= 0) continue;
    if (best.length === top && count < best[best.length - 1].count) continue;
    const value = dict.value(code)!;
    best.push({ value, count, label: dict.label(code) ?? value });
    best.sort(compareBuckets);
    if (best.length > top) best.pop();
  }
  return best;
}
