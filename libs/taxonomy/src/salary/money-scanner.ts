// Finds amounts of money in lower-cased text: a number with a currency sign, code or word on either
// side, alone or as a range ("1 400–1 800 €", "$48,000 - $55,000", "kr 420 000 – 480 000", "ca$52,000–60,000").

export interface MoneyExpression {
  low: number;
  high: number | null;
  /** Currency token as written, lower case ("€", "kr", "ca$"); empty for a bare number. */
  currencyToken: string;
  start: number;
  end: number;
  /** A million/billion amount: company figures, never pay. */
  huge: boolean;
  /** Written "20+": an open-ended minimum. */
  plus: boolean;
}

interface NumberToken {
  value: number;
  /** Written with a thousands suffix ("60k", "6 tys."). */
  thousands: boolean;
  start: number;
  end: number;
  left: string | null;
  leftStart: number;
  right: string | null;
  rightEnd: number;
  huge: boolean;
  plus: boolean;
}

// Thousands groups of exactly three digits after one consistent separator (space, no-break space,
// dot, comma, apostrophe), then an optional 1–2 digit decimal part. Quantifiers are bounded so a
// megabyte of digits and spaces cannot make the engine backtrack.
const NUMBER_RE = /\d{1,3}([ \u00a0\u202f\u2009.,'’])\d{3}(?:\1\d{3}){0,3}(?:[.,]\d{1,2})?(?!\d)|\d{1,9}(?:[.,]\d{1,2})?(?!\d)/g;
const MULTIPLIER_RE = /\s?(?:k|tys\.?|tyś\.?|tuh\.?|tuhat|χιλ\.?)(?![\p{L}])/uy;
const HUGE_RE = /\s?(?:mln|million\p{L}*|mio|miljon\p{L}*|miljoon\p{L}*|milj|bn|billion|mrd|εκατ\p{L}*|δισ\p{L}*)(?![\p{L}])/uy;
const CURRENCY_BEFORE_RE = /(us\$|usd|ca\$|c\$|cad|au\$|a\$|aud|nz\$|\$|€|eur|£|gbp|pln|zł|nok|sek|dkk|isk|kr\.?|chf|fr\.|czk|kč|huf|ron)\s?$/u;
const CURRENCY_AFTER_RE =
  /\s?(€|eur(?:o(?:a|ja|s|st|t|ne)?|a)?(?![\p{L}])|ευρώ|£|\$|usd|gbp|zł(?:otych|\.)?|zl(?![\p{L}])|pln|nok|sek|dkk|isk|kr(?:\.|oner|onor|ónur)?(?![\p{L}])|chf|czk|kč|huf|ron|lei|cad|aud)/uy;
// The gap may repeat the period ("$24/hr - $26/hr", "15 €/h – 17 €/h").
const RANGE_GAP_RE = /^\s*(?:\/\s*\p{L}{1,6}\.?\s*)?(?:-|–|—|‒|−|~|to|bis|do|til|till|έως|ως|μέχρι|kuni|až|\.{2,3})\s*$/u;
/** "between X and Y": "and" joins a range only after a between-word. */
const WORD_JOIN_RE = /^\s*(?:and|und|og|och|ja|και)\s*$/u;
const BETWEEN_RE = /(?:between|zwischen|mellom|mellan|pomiędzy|między|vahemikus|μεταξύ)\s*\S{0,4}\s*$/u;
const MAX_TOKENS = 400;

/** Whether a character can start or end a currency token (saves a regex per plain number). */
function mayTouchCurrency(c: number): boolean {
  return c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0x2e || (c >= 0x61 && c <= 0x7a) || c === 0x142 || c === 0x3c5 || c === 0x10d;
}

/** "1.800" → 1800, "13,20" → 13.2, "123,500.00" → 123500, "1 600" → 1600. */
export function parseAmount(text: string, groupSeparator: string | undefined): number {
  let digits = text;
  if (groupSeparator) digits = digits.split(groupSeparator).join('');
  const value = Number(digits.replace(',', '.'));
  return Number.isFinite(value) ? value : NaN;
}

function readTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m && tokens.length < MAX_TOKENS; m = NUMBER_RE.exec(text)) {
    const start = m.index;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    // Not the tail of a longer number or word ("B2B", "x14", "3.5.2024").
    if ((before >= 0x30 && before <= 0x39) || before === 0x2e || before === 0x2c || (before >= 0x61 && before <= 0x7a)) continue;
    let end = start + m[0].length;
    let value = parseAmount(m[0], m[1]);
    if (!Number.isFinite(value)) continue;
    MULTIPLIER_RE.lastIndex = end;
    const multiplier = MULTIPLIER_RE.exec(text);
    if (multiplier) {
      value *= 1000;
      end += multiplier[0].length;
    }
    const thousands = multiplier !== null;
    HUGE_RE.lastIndex = end;
    const huge = HUGE_RE.test(text);
    let left: string | null = null;
    let leftStart = start;
    let scan = start - 1;
    while (scan >= 0 && scan > start - 3 && text.charCodeAt(scan) === 0x20) scan -= 1;
    if (scan >= 0 && mayTouchCurrency(text.charCodeAt(scan))) {
      const found = CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, start - 8), start));
      if (found) {
        left = found[1];
        leftStart = start - found[0].length;
      }
    }
    let right: string | null = null;
    let rightEnd = end;
    CURRENCY_AFTER_RE.lastIndex = end;
    const after = CURRENCY_AFTER_RE.exec(text);
    if (after) {
      right = after[1];
      rightEnd = end + after[0].length;
    }
    // "$20+" (no space before the plus) is an open minimum; "1200 € + bonus" is not.
    const plus = text.charCodeAt(rightEnd) === 0x2b;
    tokens.push({ value, thousands, start, end, left, leftStart, right, rightEnd, huge, plus });
  }
  return tokens;
}

/**
 * Amounts and ranges in text order. With `bare`, numbers without a currency are kept too (for pay
 * written next to a pay word without a sign); otherwise they are left out.
 */
export function scanMoney(text: string, bare = false): MoneyExpression[] {
  const tokens = readTokens(text);
  const out: MoneyExpression[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const a = tokens[i];
    const b = tokens[i + 1];
    // A's own sign may sit after it ("1 800 € – 2 200 €"), B's before it ("$21–$24").
    const gap = b ? text.slice(a.rightEnd, b.leftStart) : '';
    const isRange =
      b !== undefined &&
      gap.length <= 12 &&
      (WORD_JOIN_RE.test(gap) ? BETWEEN_RE.test(text.slice(Math.max(0, a.leftStart - 16), a.leftStart)) : RANGE_GAP_RE.test(gap));
    if (isRange && b) {
      const currency = a.right ?? a.left ?? b.left ?? b.right;
      // "$45-55K", "9-12 tys. zł": the suffix on the upper bound applies to the lower one too.
      const low = b.thousands && !a.thousands && a.value < 1000 ? a.value * 1000 : a.value;
      if (currency || bare) {
        out.push({ low, high: b.value, currencyToken: currency ?? '', start: a.leftStart, end: b.rightEnd, huge: a.huge || b.huge, plus: false });
      }
      i += 1;
      continue;
    }
    const currency = a.left ?? a.right;
    if (currency || bare) {
      out.push({ low: a.value, high: null, currencyToken: currency ?? '', start: a.leftStart, end: a.rightEnd, huge: a.huge, plus: a.plus });
    }
  }
  return out;
}
