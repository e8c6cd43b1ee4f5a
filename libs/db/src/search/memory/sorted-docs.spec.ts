import { seeded, randomIndexedPosting } from './memory-fixtures';
import { PostingColumns } from './posting-columns';
import { SortedDocs, type MemoryCursor, type MemorySort } from './sorted-docs';
import { DocBitset } from './doc-bitset';

/** Every page of `order` for `accept`, cursor after cursor, as doc numbers. */
function walk(order: SortedDocs, cols: PostingColumns, accept: (doc: number) => boolean, limit: number, text: DocBitset | null = null): number[] {
  const out: number[] = [];
  let cursor: MemoryCursor | null = null;
  for (;;) {
    const page = order.page(accept, cursor, limit, text);
    out.push(...page);
    if (page.length < limit) return out;
    const last = page[page.length - 1];
    cursor = { key: order.keyOf(last), id: cols.ids.slice(last * 4, last * 4 + 4) };
  }
}

/** What the SQL listing would return: key descending, id descending, by brute force. */
function expected(cols: PostingColumns, order: SortedDocs, accept: (doc: number) => boolean): number[] {
  const docs = Array.from({ length: cols.length }, (_, d) => d).filter((d) => cols.alive[d] === 1 && accept(d));
  return docs.sort((a, b) => order.keyOf(b) - order.keyOf(a) || cols.compareIds(b, a));
}

describe.each<MemorySort>(['newest', 'salary'])('SortedDocs (%s)', (sort) => {
  it('pages in the SQL order, before and after changes and after a full re-sort', () => {
    const random = seeded(sort === 'newest' ? 1 : 2);
    const cols = new PostingColumns(16);
    for (let i = 0; i < 3000; i++) cols.write(randomIndexedPosting(random));
    const order = new SortedDocs(cols, sort);
    const accept = (doc: number) => cols.alive[doc] === 1 && (cols.roles[doc] & 0b11) !== 0;
    expect(walk(order, cols, accept, 17)).toEqual(expected(cols, order, accept));

    // Changes after the sort: kept aside and merged into each page.
    for (let i = 0; i < 400; i++) {
      const doc = Math.floor(random() * cols.length);
      if (random() < 0.3) cols.remove(doc);
      else cols.write({ ...randomIndexedPosting(random), id: cols.idOf(doc) }, doc);
      order.touch(doc);
    }
    for (let i = 0; i < 200; i++) order.touch(cols.write(randomIndexedPosting(random)));
    expect(walk(order, cols, accept, 17)).toEqual(expected(cols, order, accept));

    const text = new DocBitset(cols.length);
    for (let d = 0; d < cols.length; d += 37) text.add(d);
    const inText = (doc: number) => accept(doc) && text.has(doc);
    expect(walk(order, cols, inText, 5, text)).toEqual(expected(cols, order, inText));
  });
});
