import { migrationChecksum, scriptMatchesChecksum } from './migration-checksum';

describe('migrationChecksum', () => {
  it('is the SHA-256 hex digest Prisma records', () => {
    // The same vector Prisma's schema engine tests its checksum with.
    expect(migrationChecksum('hello')).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
  });

  it('hashes the UTF-8 bytes of non-ASCII scripts', () => {
    expect(migrationChecksum('-- εξυπηρέτηση')).toMatch(/^[0-9a-f]{64}$/);
    expect(migrationChecksum('-- εξυπηρέτηση')).not.toBe(migrationChecksum('-- εξυπηρετηση'));
  });
});

describe('scriptMatchesChecksum', () => {
  it('matches the same script and refuses any other', () => {
    expect(scriptMatchesChecksum('SELECT 1;\n', migrationChecksum('SELECT 1;\n'))).toBe(true);
    expect(scriptMatchesChecksum('SELECT 1;', migrationChecksum('SELECT 1;\n'))).toBe(false);
    expect(scriptMatchesChecksum('SELECT 2;\n', migrationChecksum('SELECT 1;\n'))).toBe(false);
  });

  it('ignores LF/CRLF conversions in both directions', () => {
    const lf = 'CREATE TABLE a ();\nCREATE TABLE b ();\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(scriptMatchesChecksum(crlf, migrationChecksum(lf))).toBe(true);
    expect(scriptMatchesChecksum(lf, migrationChecksum(crlf))).toBe(true);
  });

  it('accepts the unpadded hex that old Prisma versions wrote', () => {
    // SHA-256 of "SELECT 0;" has the bytes 00, 08 and 0f, which lose a digit each unpadded.
    const unpadded = '51f76502c778f4282e883d77cf9e6a3ee7a1693b77a9eb98a38b24da89299';
    expect(scriptMatchesChecksum('SELECT 0;', unpadded)).toBe(true);
    expect(scriptMatchesChecksum('SELECT 1;', unpadded)).toBe(false);
  });
});
