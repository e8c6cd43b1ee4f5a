import { CompiledFilter } from './compiled-filter';
import { FacetTally } from './facet-tally';
import { seeded, randomIndexedPosting } from './memory-fixtures';
import { PostingColumns } from './posting-columns';
import type { PostingSearchFilter } from '../search.types';

describe('FacetTally', () => {
  it('kept up to date change by change, equals a count from scratch', () => {
    const random = seeded(5);
    const cols = new PostingColumns(16);
    for (let i = 0; i < 2000; i++) cols.write(randomIndexedPosting(random));
    const filters: PostingSearchFilter[] = [
      {},
      { roles: ['call_center', 'tech_support'], countries: ['EE'] },
      { speaks: ['en', 'et'], remote: ['remote'], salaryAnnualMin: 20000 },
      { employers: ['amazon'], cities: ['oslo'], shifts: ['night'] },
      { countries: ['LV'] }, // no posting has it yet: compiled stale once one does
    ];
    const folded = (f: PostingSearchFilter) => ({ employers: f.employers ?? [], cities: f.cities ?? [] });
    const live = filters.map((f) => {
      const compiled = new CompiledFilter(f, folded(f), null, cols);
      return { f, compiled, tally: FacetTally.countAll(compiled, cols) };
    });
    for (let round = 0; round < 300; round++) {
      const doc = Math.floor(random() * cols.length);
      for (const l of live) l.tally.apply(l.compiled, cols, doc, -1);
      if (random() < 0.2) cols.remove(doc);
      else cols.write({ ...randomIndexedPosting(random), id: cols.idOf(doc), country: random() < 0.1 ? 'LV' : 'EE' }, doc);
      for (const l of live) {
        if (l.compiled.isStale()) l.compiled = new CompiledFilter(l.f, folded(l.f), null, cols);
        l.tally.apply(l.compiled, cols, doc, 1);
      }
    }
    for (const l of live) {
      const fresh = FacetTally.countAll(new CompiledFilter(l.f, folded(l.f), null, cols), cols);
      expect(l.tally.toFacets(cols, 50)).toEqual(fresh.toFacets(cols, 50));
    }
    expect(live[4].tally.total).toBeGreaterThan(0);
  });
});
