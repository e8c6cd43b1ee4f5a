import { decodeRunCursor, encodeRunCursor } from './run-cursor';

describe('run cursor', () => {
  it('reads back what it wrote', () => {
    const at = new Date('2026-03-01T10:00:00.123Z');
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(decodeRunCursor(encodeRunCursor(at, id))).toEqual({ startedAt: at, id });
  });

  it.each(['', 'garbage', Buffer.from('not-a-date|x').toString('base64url'), Buffer.from("2026-01-01T00:00:00Z|1' OR 1=1").toString('base64url')])(
    'refuses %p',
    (cursor) => expect(decodeRunCursor(cursor)).toBeNull(),
  );
});
