import type { PostingListItem } from '@app/db';

/** One result as the API shows it: the stored fields, dates as ISO strings, and the board's page for it. */
export function postingSummary(item: PostingListItem) {
  const { sortAt: _sortAt, titleMatch: _titleMatch, ...fields } = item;
  return { ...fields, url: `/jobs/${item.id}` };
}

export type PostingSummary = ReturnType<typeof postingSummary>;
