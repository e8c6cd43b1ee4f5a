/** Keyset cursor over (startedAt, id), newest first: opaque to clients, checked when read back. */
export function encodeRunCursor(startedAt: Date, id: string): string {
  return Buffer.from(`${startedAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeRunCursor(cursor: string): { startedAt: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const startedAt = new Date(iso ?? '');
  if (Number.isNaN(startedAt.getTime()) || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id ?? '')) return null;
  return { startedAt, id };
}
