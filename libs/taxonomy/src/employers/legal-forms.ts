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

function escapeRe(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** Pattern for one form: dots and spaces optional ("Sp. z o.o." also matches "sp.z o.o"). */
function formBody(form: string): string {
  return [...form].map((ch) => (ch === '.' ? '\\.?' : ch === ' ' ? '\\s*' : escapeRe(ch))).join('');
}

const letterCount = (form: string): number => form.replace(/[^\p{L}]/gu, '').length;
// Forms of one or two letters are only taken as written or in capitals ("AS", "Oy"/"OY"), so a
// name ending in the word "as" or "ab" survives; longer forms are matched in any case.
const longForms = SUFFIX_FORMS.filter((f) => letterCount(f) > 2);
const shortForms = SUFFIX_FORMS.filter((f) => letterCount(f) <= 2);

function alternation(forms: readonly string[], caseVariants: boolean): string {
  const parts = new Set<string>();
  for (const f of forms) {
    parts.add(formBody(f));
    if (caseVariants) parts.add(formBody(f.toUpperCase()));
  }
  return [...parts].join('|');
}

// "&"/"and" may precede "Co." ("JPMorgan Chase & Co."); a comma may precede any form.
const SUFFIX_LONG_RE = new RegExp(`(?:^|[\\s,]+)(?:(?:&|and)\\s*)?(?:${alternation(longForms, false)})\\.?\\s*$`, 'iu');
// Forms that would read as ordinary words without their dots ("Resort & Spa") are taken only as written.
const DOTTED_ONLY = ['S\\.p\\.A\\.', 'SpA', 'S\\.P\\.A\\.'];
const SUFFIX_SHORT_RE = new RegExp(
  `(?:^|[\\s,]+)(?:(?:&|and)\\s*)?(?:${alternation(shortForms, true)}|${DOTTED_ONLY.join('|')})\\.?\\s*$`,
  'u',
);
const PREFIX_RE = new RegExp(`^(?:${alternation(PREFIX_FORMS, true)})\\s+(?=\\S)`, 'u');

const BRANCH_WORD =
  'branch|filiaal|filial|filiale|niederlassung|zweigniederlassung|oddział|oddzial|sivuliike|υποκατάστημα|succursale|sucursal|NUF';
const BRACKET_RE = /\s*[([]([^()[\]]{1,60})[)\]]\s*$/u;
const BRANCH_IN_BRACKET_RE = new RegExp(`(?:^|[^\\p{L}])(?:${BRANCH_WORD})(?:[^\\p{L}]|$)`, 'iu');
// Bracketed abbreviation such as "(AWS)" or "(SWA)": capitals only, no spaces.
const ACRONYM_RE = /^[\p{Lu}\d&.-]{2,8}$/u;
const TRAILING_BRANCH_RE = new RegExp(
  `(?:[\\s,–—-]+)(?:(\\p{L}+)\\s+)?(?:${BRANCH_WORD})(?:\\s+[\\p{L}.-]+){0,3}\\s*$`,
  'iu',
);
/** Place words that may stand before a postpositional branch word ("Germany branch", "Eesti filiaal"). */
const BRANCH_PLACE_WORDS = new Set(
  [
    'germany', 'german', 'deutschland', 'uk', 'british', 'poland', 'polish', 'polska', 'norway', 'norwegian',
    'norge', 'norsk', 'sweden', 'swedish', 'sverige', 'svensk', 'finland', 'finnish', 'suomen', 'suomi',
    'estonia', 'estonian', 'eesti', 'latvia', 'latvian', 'lithuania', 'lithuanian', 'greece', 'greek',
    'hellas', 'ireland', 'irish', 'denmark', 'danish', 'danmark', 'dansk', 'netherlands', 'dutch',
    'austria', 'austrian', 'france', 'french', 'spain', 'spanish', 'italy', 'italian', 'eu', 'europe',
    'european', 'nordic', 'baltic', 'london', 'dublin', 'oslo', 'stockholm', 'helsinki', 'tallinn',
    'warsaw', 'athens', 'us', 'usa', 'canada', 'canadian',
  ],
);
const TRAILING_PUNCT_RE = /[\s,;:–—-]+$/u;
const LEADING_PUNCT_RE = /^[\s,;:–—-]+/u;

/** Removes one trailing legal form, bracket or branch qualifier; returns the input when none. */
function stripOnce(name: string): string {
  const bracket = BRACKET_RE.exec(name);
  if (bracket && bracket.index > 0) {
    const inner = bracket[1].trim();
    if (BRANCH_IN_BRACKET_RE.test(inner) || ACRONYM_RE.test(inner) || /^publ$/i.test(inner)) {
      return name.slice(0, bracket.index);
    }
  }
  const branch = TRAILING_BRANCH_RE.exec(name);
  if (branch && branch.index > 0) {
    const before = branch[1];
    if (before && !BRANCH_PLACE_WORDS.has(before.toLowerCase())) {
      // Keep a name word that stands before the branch word ("Acme Nordic branch" keeps "Acme").
      const cut = name.indexOf(before, branch.index) + before.length;
      return name.slice(0, cut);
    }
    return name.slice(0, branch.index);
  }
  for (const re of [SUFFIX_LONG_RE, SUFFIX_SHORT_RE]) {
    const m = re.exec(name);
    if (m && m.index > 0) return name.slice(0, m.index);
  }
  return name;
}

/**
 * The company name without legal forms, branch qualifiers and bracketed abbreviations.
 * Never returns an empty string for a non-empty name: a name that is only a legal form stays.
 */
export function stripLegalForms(name: string): string {
  let current = name.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 6; i += 1) {
    const next = stripOnce(current).replace(TRAILING_PUNCT_RE, '');
    if (next === current || next.trim() === '') break;
    current = next;
  }
  const prefixed = PREFIX_RE.exec(current);
  if (prefixed) current = current.slice(prefixed[0].length);
  // Baltic registers quote the name after a prefix form: SIA "Rimi Latvia".
  current = current.replace(/^["„“”'«»]+|["„“”'«»]+$/gu, '').replace(LEADING_PUNCT_RE, '');
  return current.trim();
}
