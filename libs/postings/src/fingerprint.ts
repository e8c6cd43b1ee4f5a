import { createHash } from 'node:crypto';

// Gender and form markers that ads add to titles in several countries; they never tell two jobs apart.
const TITLE_MARKERS = /\((?:m|w|d|f|h|k|x|div|all genders?)(?:\s*[/|,]\s*(?:m|w|d|f|h|k|x|div))*\)|\b(?:m|k|w)\/(?:k|m|w|f)(?:\/(?:d|x))?\b/gi;

/** Lower-case, accent-free, punctuation-free form of a text, for comparisons. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ł/g, 'l')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function normalizeTitle(title: string): string {
  return foldForMatch(title.replace(TITLE_MARKERS, ' '));
}

export interface FingerprintParts {
  employerKey: string;
  title: string;
  city: string | null;
  country: string | null;
  remote: string | null;
}

/**
 * One job carried by several sources gets one fingerprint: employer + title + place.
 * Same title in another city, or another seniority (another title), gives another fingerprint.
 */
export function postingFingerprint(parts: FingerprintParts): string {
  const place = parts.city ? foldForMatch(parts.city) : parts.remote === 'remote' ? `remote-${parts.country ?? ''}` : (parts.country ?? '');
  const basis = [parts.employerKey, normalizeTitle(parts.title), place, parts.country ?? ''].join('|');
  return createHash('sha256').update(basis).digest('hex').slice(0, 40);
}

export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
