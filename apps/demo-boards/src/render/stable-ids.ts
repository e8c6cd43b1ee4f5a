import { createHash } from 'node:crypto';

// Vendors' ids look different (numbers, UUIDs, short codes); these derive each kind from a
// posting key, so an id never changes between runs and never collides across boards.

const digest = (seed: string) => createHash('sha256').update(seed).digest();

export function numericId(seed: string, digits: number): string {
  const bytes = digest(seed);
  const n = BigInt(`0x${bytes.subarray(1, 13).toString('hex')}`) % 10n ** BigInt(digits - 1);
  // A leading digit from 1 to 9, so the id keeps its length as a number.
  return `${1 + (bytes[0] % 9)}${n.toString().padStart(digits - 1, '0')}`;
}

export function uuid(seed: string): string {
  const h = digest(seed).toString('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function shortCode(seed: string, length: number): string {
  return digest(seed).toString('hex').slice(0, length).toUpperCase();
}

export function lowerCode(seed: string, length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...digest(seed).subarray(0, length)].map((b) => alphabet[b % alphabet.length]).join('');
}
