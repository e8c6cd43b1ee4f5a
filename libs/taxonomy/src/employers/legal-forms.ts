// Legal forms, branch qualifiers and bracketed abbreviations that are not part of a company's
// name for display ("Amazon Web Services, Inc. (AWS)" → "Amazon Web Services").

/** Suffix legal forms, longest first so "GmbH & Co. KG" wins over "KG". Dots and spaces are optional. */
const SUFFIX_FORMS = [
  'GmbH & Co. KGaA',
  'GmbH & Co. KG',
  'B.V. & Co. KG',
  'SE & Co. KG',
  'AG & Co. KG',
  'UG (haftungsbeschränkt)',
  'keskinäinen yhtiö',
  'spółka z ograniczoną odpowiedzialnością',
  'spółka z o.o.',
  'spółka akcyjna',
  'Sp. z o.o.',
  'Sp. j.',
  'Sp. k.',
  'S.K.A.',
  'Pty Ltd',
  'Oy Ab',
  'Oyj Abp',
  'Abp',
  'AMBA',
  'I/S',
  'K/S',
  'P/S',
  'Α.Ε.Β.Ε.',
  'Μον. Ι.Κ.Ε.',
  'Μ.Ι.Κ.Ε.',
  'Ε.Π.Ε.',
  'Ι.Κ.Ε.',
  'Α.Ε.',
  'Ο.Ε.',
  'Ε.Ε.',
  'Ν.Ε.',
  'Incorporated',
  'Corporation',
  'Limited',
  'L.L.C.',
  'S.à r.l.',
  'SARL',
  'Sàrl',
  'S.A.S.',
  'S.r.l.',
  'p.l.c.',
  'gGmbH',
  'GmbH',
  'KGaA',
  'Corp.',
  'Inc.',
  'Ltd.',
  'LLP',
  'LLC',
  'PLC',
  'CLG',
  'DAC',
  'N.A.',
  'S.A.',
  'S.L.',
  'B.V.',
  'N.V.',
  'e.V.',
  'Co.',
  '(publ)',
  'ASA',
  'A/S',
  'ApS',
  'IKS',
  'Oyj',
  'OÜ',
  'MTÜ',
  'SIA',
  'UAB',
  'Kft.',
  'Zrt.',
  's.r.o.',
  'd.o.o.',
  'AG',
  'KG',
  'SE',
  'AS',
  'AB',
  'Oy',
  'Ab',
  'Ky',
  'ry',
  'eG',
  'SA',
  'BV',
  'NV',
  'LP',
  'UC',
] as const;

/** Forms that Baltic registers write in front of the name ("SIA Rimi Latvia", "AS Tallinna Vesi"). */
const PREFIX_FORMS = ['SIA', 'UAB', 'AS', 'AB', 'OÜ', 'MTÜ', 'AAS', 'VAS', 'VšĮ', 'ZAO', 'OOO'] as const;
const MAX_FORM_WORDS = 5;

/** A form without dots and spaces: "Sp. z o.o." → "Spzoo", "GmbH & Co. KG" → "GmbH&CoKG". */
const squeeze = (form: string): string => form.replace(/[.\s]/g, '');
const letterCount = (form: string): number => form.replace(/[^\p{L}]/gu, '').length;

// Forms of one or two letters are only taken as written or in capitals ("AS", "Oy"/"OY"), so a
// name ending in the word "as" survives; longer forms are matched in any case. "S.p.A." needs its
// dots, or "Resort & Spa" would lose its spa.
const LONG_FORMS = new Set<string>();
const SHORT_FORMS = new Set<string>(['S.p.A.', 'SpA', 'S.P.A.']);
for (const form of SUFFIX_FORMS) {
  if (letterCount(form) > 2) LONG_FORMS.add(squeeze(form).toLowerCase());
  else {
    SHORT_FORMS.add(squeeze(form));
    SHORT_FORMS.add(squeeze(form).toUpperCase());
  }
}
const PREFIXES = new Set<string>(PREFIX_FORMS.flatMap((f) => [f, f.toUpperCase()]));
/** Every ending of every form (lower case, squeezed): a name whose last word is none of them has no form. */
const FORM_ENDINGS = new Set<string>();
for (const form of [...LONG_FORMS, ...[...SHORT_FORMS].map((f) => squeeze(f).toLowerCase())]) {
  for (let i = 0; i < form.length; i += 1) FORM_ENDINGS.add(form.slice(i));
}

function isSuffixForm(words: string[]): boolean {
  const joined = words.join(' ');
  const squeezed = squeeze(joined);
  if (squeezed === '') return false;
  if (LONG_FORMS.has(squeezed.toLowerCase())) return true;
  return SHORT_FORMS.has(squeezed) || SHORT_FORMS.has(joined);
}

/** Removes one legal form at the end ("JPMorgan Chase & Co." → "JPMorgan Chase"); null when none. */
function stripSuffixForm(words: string[]): string[] | null {
  if (words.length < 2 || !FORM_ENDINGS.has(squeeze(words[words.length - 1]).toLowerCase())) return null;
  for (let k = Math.min(MAX_FORM_WORDS, words.length - 1); k >= 1; k -= 1) {
    const tail = words.slice(words.length - k);
    if (isSuffixForm(tail)) return words.slice(0, words.length - k);
    // "& Co.", "and Co."
    if (k > 1 && (tail[0] === '&' || tail[0].toLowerCase() === 'and') && isSuffixForm(tail.slice(1))) {
      return words.slice(0, words.length - k);
    }
  }
  return null;
}

const BRANCH_WORDS = [
  'branch', 'filiaal', 'filial', 'filiale', 'niederlassung', 'zweigniederlassung', 'oddział', 'oddzial',
  'sivuliike', 'υποκατάστημα', 'succursale', 'sucursal', 'nuf',
];
const BRANCH_WORD_RE = new RegExp(`(?:^|[^\\p{L}])(?:${BRANCH_WORDS.join('|')})(?:[^\\p{L}]|$)`, 'iu');
// Bracketed abbreviation such as "(AWS)" or "(SWA)": capitals only, no spaces.
const ACRONYM_RE = /^[\p{Lu}\d&.-]{2,8}$/u;
/** Place words that may stand before a postpositional branch word ("Germany branch", "Eesti filiaal"). */
const BRANCH_PLACE_WORDS = new Set([
  'germany', 'german', 'deutschland', 'uk', 'british', 'poland', 'polish', 'polska', 'norway', 'norwegian',
  'norge', 'norsk', 'sweden', 'swedish', 'sverige', 'svensk', 'finland', 'finnish', 'suomen', 'suomi',
  'estonia', 'estonian', 'eesti', 'latvia', 'latvian', 'lithuania', 'lithuanian', 'greece', 'greek',
  'hellas', 'ireland', 'irish', 'denmark', 'danish', 'danmark', 'dansk', 'netherlands', 'dutch', 'austria',
  'austrian', 'france', 'french', 'spain', 'spanish', 'italy', 'italian', 'eu', 'europe', 'european',
  'nordic', 'baltic', 'london', 'dublin', 'oslo', 'stockholm', 'helsinki', 'tallinn', 'warsaw', 'athens',
  'us', 'usa', 'canada', 'canadian',
]);
const isBranchWord = (word: string): boolean => BRANCH_WORDS.includes(word.toLowerCase().replace(/[^\p{L}]/gu, ''));

/** Removes a trailing bracket that is a branch, an abbreviation or "(publ)"; null when none. */
function stripBracket(name: string): string | null {
  const last = name.charAt(name.length - 1);
  if (last !== ')' && last !== ']') return null;
  const open = Math.max(name.lastIndexOf('('), name.lastIndexOf('['));
  if (open <= 0) return null;
  const inner = name.slice(open + 1, -1).trim();
  if (BRANCH_WORD_RE.test(inner) || ACRONYM_RE.test(inner) || /^publ$/i.test(inner)) return name.slice(0, open);
  return null;
}

/** Removes a trailing branch qualifier ("…, Niederlassung Deutschland", "… Eesti filiaal"); null when none. */
function stripBranch(words: string[]): string[] | null {
  for (let i = words.length - 1; i >= 1 && i >= words.length - 4; i -= 1) {
    if (!isBranchWord(words[i])) continue;
    const before = words[i - 1].replace(/[^\p{L}]/gu, '').toLowerCase();
    // Postpositional ("Germany branch") takes the place word with it; prepositional ("Oddział w Polsce") starts here.
    if (i === words.length - 1 && BRANCH_PLACE_WORDS.has(before) && i >= 2) return words.slice(0, i - 1);
    return words.slice(0, i);
  }
  return null;
}

const TRAILING_PUNCT_RE = /[\s,;:–—-]+$/u;
const LEADING_PUNCT_RE = /^[\s,;:–—-]+/u;
const QUOTES_RE = /^["„“”'«»]+|["„“”'«»]+$/gu;

/**
 * The company name without legal forms, branch qualifiers and bracketed abbreviations.
 * Never returns an empty string for a non-empty name: a name that is only a legal form stays.
 */
export function stripLegalForms(name: string): string {
  let current = name.replace(/\s+/g, ' ').trim();
  const mayHaveBranch = BRANCH_WORD_RE.test(current);
  for (let i = 0; i < 6; i += 1) {
    let next = stripBracket(current);
    if (next === null) {
      const words = current.split(' ');
      const stripped = stripSuffixForm(words) ?? (mayHaveBranch ? stripBranch(words) : null);
      next = stripped ? stripped.join(' ') : null;
    }
    if (next === null) break;
    next = next.replace(TRAILING_PUNCT_RE, '');
    if (next.trim() === '') break;
    current = next;
  }
  const words = current.split(' ');
  if (words.length > 1 && PREFIXES.has(words[0])) current = words.slice(1).join(' ');
  // Baltic registers quote the name after a prefix form: SIA "Rimi Latvia".
  return current.replace(QUOTES_RE, '').replace(LEADING_PUNCT_RE, '').trim();
}
