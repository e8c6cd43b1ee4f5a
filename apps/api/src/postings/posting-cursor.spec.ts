import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor, type PostingCursor } from './posting-cursor';

const ID = '0b8f9a4e-1c1d-4f43-9a55-7b8f35d6c2aa';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('posting cursor', () => {
  it.each<PostingCursor>([
    { sort: 'newest', sortAt: new Date('2026-01-02T03:04:05.678Z'), id: ID },
    { sort: 'salary', salaryAnnual: 27600.5, id: ID },
    { sort: 'salary', salaryAnnual: null, id: ID },
    { sort: 'relevance', inTitle: true, sortAt: new Date('2026-01-02T03:04:05.678Z'), id: ID },
    { sort: 'relevance', inTitle: false, sortAt: new Date('2026-01-02T03:04:05.678Z'), id: ID },
  ])('round-trips %j', (cursor) => {
    expect(decodeCursor(encodeCursor(cursor), cursor.sort)).toEqual(cursor);
  });

  it('refuses a cursor of another sort order', () => {
    const newest = encodeCursor({ sort: 'newest', sortAt: new Date(), id: ID });
    expect(() => decodeCursor(newest, 'salary')).toThrow(BadRequestException);
  });

  it.each<[string, PostingCursor['sort']]>([
    ['', 'newest'],
    ['x', 'newest'],
    ['%%%', 'newest'],
    ['eyJhIjoxfQ', 'newest'],
    [b64(['n', 'not a date', ID]), 'newest'],
    [b64(['n', '2026-01-01T00:00:00Z', '1; DROP TABLE postings']), 'newest'],
    [b64(['n', '2026-01-01T00:00:00Z', ID, 'extra']), 'newest'],
    [b64(['n', { $gt: '' }, ID]), 'newest'],
    [b64(['s', 'NaN', ID]), 'salary'],
    [b64(['s', '12', ID]), 'salary'],
    [b64(['r', null, ID]), 'relevance'],
    [b64(['r', [2, '2026-01-01T00:00:00Z'], ID]), 'relevance'],
    [b64(['r', [1, 'yesterday'], ID]), 'relevance'],
    ['A'.repeat(300), 'relevance'],
  ])('refuses %j (sort %s) with a 400 naming the cursor', (value, sort) => {
    try {
      decodeCursor(value, sort);
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(BadRequestException);
      expect((err as BadRequestException).getResponse()).toMatchObject({ parameters: ['cursor'] });
    }
  });
});
