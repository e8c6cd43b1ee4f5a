import type { ListPostingsQuery } from '@app/db';
import { badParameter } from './bad-parameter';

export type PostingCursor = NonNullable<ListPostingsQuery['cursor']>;
type Sort = PostingCursor['sort'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORT_CODES: Record<Sort, string> = { newest: 'n', salary: 's', relevance: 'r' };

export function encodeCursor(cursor: PostingCursor): string {
  const key =
    cursor.sort === 'newest' ? cursor.sortAt.toISOString() : cursor.sort === 'salary' ? cursor.salaryAnnual : [cursor.inTitle ? 1 : 0, cursor.sortAt.toISOString()];
  return Buffer.from(JSON.stringify([SORT_CODES[cursor.sort], key, cursor.id])).toString('base64url');
}

function dateOf(value: unknown): Date | null {
  const date = typeof value === 'string' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

function parse(value: string, sort: Sort): PostingCursor | null {
  const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== SORT_CODES[sort]) return null;
  const [, key, id] = parsed as [string, unknown, unknown];
  if (typeof id !== 'string' || !UUID.test(id)) return null;
  switch (sort) {
    case 'newest': {
      const sortAt = dateOf(key);
      return sortAt ? { sort, sortAt, id } : null;
    }
    case 'salary':
      return key === null || (typeof key === 'number' && Number.isFinite(key)) ? { sort, salaryAnnual: key, id } : null;
    case 'relevance': {
      if (!Array.isArray(key) || key.length !== 2 || (key[0] !== 0 && key[0] !== 1)) return null;
      const sortAt = dateOf(key[1]);
      return sortAt ? { sort, inTitle: key[0] === 1, sortAt, id } : null;
    }
  }
}

/** A cursor altered, invented or taken from another sort order is a 400 naming the parameter, never a 500. */
export function decodeCursor(value: string, sort: Sort): PostingCursor {
  let cursor: PostingCursor | null = null;
  try {
    cursor = parse(value, sort);
  } catch {
    // not base64url JSON: refused below
  }
  if (!cursor) throw badParameter('cursor', `cursor is malformed or belongs to another sort than ${sort}`);
  return cursor;
}
