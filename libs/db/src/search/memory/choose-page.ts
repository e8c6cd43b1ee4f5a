import type { CompiledFilter } from './compiled-filter';
import type { DocBitset } from './doc-bitset';
import type { IndexState, ListCursor, ListSort, MemoryHit } from './index-state';
import type { MemoryCursor } from './sorted-docs';
import { parseUuid } from './uuid-doc-map';

/**
 * Which postings make the page after `cursor`, in order. Newest and salary walk their sorted
 * order; relevance puts the postings with every keyword in the title (`title`) first, newest
 * first, then the other matches. Synchronous: the page reflects one state of the index.
 */
export function choosePage(
  state: IndexState,
  compiled: CompiledFilter,
  text: DocBitset | null,
  title: DocBitset | null,
  sort: ListSort,
  cursor: ListCursor | null,
  limit: number,
): MemoryHit[] {
  const passes = (doc: number) => compiled.failures(doc) === 0;
  let after: MemoryCursor | null = null;
  if (cursor) {
    const id = new Uint32Array(4);
    if (!parseUuid(cursor.id, id)) throw new Error('the cursor id is no UUID');
    after = { key: cursor.key ?? -Infinity, id };
  }
  if (sort !== 'relevance') {
    const order = state.sorted[sort];
    return order.page(passes, after, limit, text).map((doc) => {
      const key = order.keyOf(doc);
      return { id: state.cols.idOf(doc), key: key === -Infinity ? null : key };
    });
  }
  if (title === null) throw new Error('relevance needs keywords');
  const newest = state.sorted.newest;
  const hit = (inTitle: boolean) => (doc: number) => ({ id: state.cols.idOf(doc), key: newest.keyOf(doc), inTitle });
  const inRest = cursor !== null && cursor.inTitle !== true;
  const first = inRest ? [] : newest.page((doc) => passes(doc) && title.has(doc), after, limit, title).map(hit(true));
  if (first.length === limit) return first;
  const rest = newest.page((doc) => passes(doc) && !title.has(doc), inRest ? after : null, limit - first.length, text).map(hit(false));
  return [...first, ...rest];
}
