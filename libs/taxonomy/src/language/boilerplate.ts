// Boilerplate that crawled career pages wrap around an ad, whatever its language: cookie
// banners, equal-opportunity statements, privacy and consent clauses. International employers
// write them in English under a Polish or Finnish ad, so their many English function words
// would outvote a short ad. The detector discounts a paragraph (line) that holds one of these
// markers; they are matched by the same automaton as the function words (mode `lower`, the
// phrase-matcher syntax: "cookie*" also matches "cookies").
export const BOILERPLATE_MARKERS: readonly string[] = [
  // en
  'cookie*', 'equal opportunity', 'equal employment', 'discriminat*', 'privacy policy', 'privacy notice',
  'protected by law', 'protected characteristic*', 'sexual orientation', 'gender identity', 'veteran status',
  'affirmative action', 'reasonable accommodation*', 'all rights reserved', 'terms of use', 'gdpr',
  // de, pl, nb/da, sv, fi, et, el
  'datenschutz*', 'alle rechte vorbehalten', 'rodo', 'danych osobowych', 'przetwarzanie danych',
  'informasjonskapsl*', 'personvern*', 'personuppgift*', 'kakor', 'eväste*', 'tietosuoja*',
  'küpsis*', 'isikuandme*', 'απορρήτου', 'προσωπικών δεδομένων',
];

// What tinyld is given: it costs about half a microsecond per character, and URLs, e-mail
// addresses, numbers and markup only add noise to its n-grams.
const NOISE = /https?:\/\/\S+|www\.\S+|\S+@\S+|<[^>]*>|&[a-z]+;|&#\d+;|[\d•·|/_=+*#–—-]+/gi;

/** Up to `limit` characters of prose from `blocks` (line ranges of `text`), noise removed. */
export function proseOf(text: string, blocks: ReadonlyArray<readonly [start: number, end: number]>, limit: number): string {
  let prose = '';
  for (const [start, end] of blocks) {
    const line = text.slice(start, Math.min(end, start + 2 * limit)).replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    prose = prose === '' ? line : `${prose} ${line}`;
    if (prose.length >= limit) break;
  }
  return prose.length > limit ? prose.slice(0, prose.lastIndexOf(' ', limit) > 0 ? prose.lastIndexOf(' ', limit) : limit) : prose;
}
