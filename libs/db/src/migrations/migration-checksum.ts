import { createHash } from 'node:crypto';

/** Prisma's checksum of a migration script: SHA-256 of the file's text, as 64 lower-case hex digits. */
export function migrationChecksum(script: string): string {
  return createHash('sha256').update(script, 'utf8').digest('hex');
}

/**
 * Whether a script still matches the checksum recorded when it was applied, judged as Prisma
 * judges it: a checkout that only turned LF into CRLF (or back) is not a change, and rows
 * written by old Prisma versions hold hex digits without zero padding.
 */
export function scriptMatchesChecksum(script: string, recorded: string): boolean {
  const variants = [script, script.replace(/\r\n/g, '\n'), script.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n')];
  return variants.some((variant) => {
    const digest = createHash('sha256').update(variant, 'utf8').digest();
    const rendered = recorded.length === 64 ? digest.toString('hex') : unpaddedHex(digest);
    return rendered === recorded;
  });
}

function unpaddedHex(bytes: Buffer): string {
  return Array.from(bytes, (b) => b.toString(16)).join('');
}
