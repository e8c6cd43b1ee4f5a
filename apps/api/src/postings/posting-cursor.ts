import { BadRequestException } from '@nestjs/common';

export interface PostingCursor {
  sortAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: PostingCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortAt.toISOString(), cursor.id])).toString('base64url');
}

/** A cursor a client altered or invented is a 400 naming the parameter, never a 500. */
export function decodeCursor(value: string): PostingCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' && UUID.test(parsed[1])) {
      const sortAt = new Date(parsed[0]);
      if (!Number.isNaN(sortAt.getTime())) return { sortAt, id: parsed[1] };
    }
  } catch {
    // fall through to the 400 below
  }
  throw new BadRequestException({ message: 'cursor is malformed', parameter: 'cursor' });
}
