import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor } from './posting-cursor';

describe('posting cursor', () => {
  it('round-trips', () => {
    const cursor = { sortAt: new Date('2026-01-02T03:04:05.678Z'), id: '0b8f9a4e-1c1d-4f43-9a55-7b8f35d6c2aa' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'x', 'eyJhIjoxfQ', Buffer.from('["not a date","0b8f9a4e-1c1d-4f43-9a55-7b8f35d6c2aa"]').toString('base64url'), Buffer.from('["2026-01-01T00:00:00Z","1; DROP TABLE postings"]').toString('base64url')])(
    'refuses %j with a 400',
    (value) => {
      expect(() => decodeCursor(value)).toThrow(BadRequestException);
    },
  );
});
