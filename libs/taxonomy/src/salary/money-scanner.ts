// Finds amounts of money in text: a number with a currency sign, code or word on either side,
// alone or as a range ("1 400–1 800 €", "$48,000 - $55,000", "kr 420 000 – 480 000", "CA$52,000–60,000").

export interface MoneyExpression {
  low: number;
  high: number | null;
  /** Currency token as written ("€", "kr", "CA$"), normalised to lower case. */
  currencyToken: string;
  start: number;
  end: number;
  /** A million/billion amount: company figures, never pay. */
  huge: boolean;
}

interface NumberToken {
  value: number;
  start: number;
  end: number;
  left: string | null;
  leftStart: number;
  right: string | null;
  rightEnd: number;
  huge: boolean;
}

// Thousands groups of exactly three digits after one consistent separator (space, dot, comma,
// apostrophe), then an optional 1–2 digit decimal part; quantifiers are bounded so a megabyte of
// digits and spaces cannot make the engine backtrack.
const NUMBER_RE = /(?<![\p{L}\p{N}.,])(\d{1,3}([ .,'’])\d{3}(?:\2\d{3}){0,3}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?)(?!\d)/gu;
const MULTIPLIER_RE = /^\s?(k|K|tys\.?|tyś\.?|tuh\.?|tuhat|χιλ\.?)(?![\p{L}])/u;
const HUGE_RE = /^\s?(?:mln|million|millions|mio|miljon\p{L}*|million\p{L}*|miljoon\p{L}*|milj|bn|billion|mrd|εκατ\p{L}*|δισ\p{L}*)(?![\p{L}])/iu;
const CURRENCY_BEFORE_RE = /(US\$|USD|CA\$|C\$|CAD|AU\$|A\$|AUD|NZ\$|\$|€|EUR|£|GBP|PLN|zł|NOK|SEK|DKK|ISK|kr\.?|CHF|Fr\.|CZK|Kč|HUF|RON)\s?$/iu;
const CURRENCY_AFTER_RE =
  /^\s?(€|eur(?:o|os|ot|a)?(?![\p{L}])|ευρώ|£|\$|usd|gbp|zł(?:otych|\.)?|zl(?![\p{L}])|pln|nok|sek|dkk|isk|kr(?:\.|oner|onor|ónur)?(?![\p{L}])|chf|czk|kč|huf|ron|lei|cad|aud)/iu;
const RANGE_GAP_RE = /^\s*(?:-|–|—|‒|−|~|to|bis|do|til|till|έως|ως|μέχρι|kuni|až|\.{2,3})\s*$/iu;
/** "between X and Y": "and" joins a range only after a between-word. */
const WORD_JOIN_RE = /^\s*(?:and|und|og|och|ja|και)\s*$/iu;
const BETWEEN_RE = /(?:between|zwischen|mellom|mellan|pomiędzy|między|vahemikus|μεταξύ)\s*\S{0,4}\s*$/iu;
const MAX_TOKENS = 400;

/** "1.800" → 1800, "13,20" → 13.2, "123,500.00" → 123500, "1 600" → 1600. */
export function parseAmount(text: string, groupSeparator: string | undefined): number {
  let digits = text;
  if (groupSeparator) digits = digits.split(groupSeparator).join('');
  digits = digits.replace(/[ '’]/g, '').replace(',', '.');
  const value = Number(digits);
  return Number.isFinite(value) ? value : NaN;
}

function readTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m && tokens.length < MAX_TOKENS; m = NUMBER_RE.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    let value = parseAmount(m[1], m[2]);
    if (!Number.isFinite(value)) continue;
    const multiplier = MULTIPLIER_RE.exec(text.slice(end, end + 8));
    if (multiplier) {
      value *= 1000;
      end += multiplier[0].length;
    }
    const huge = HUGE_RE.test(text.slice(end, end + 14));
    const before = CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, start - 8), start));
    const after = CURRENCY_AFTER_RE.exec(text.slice(end, end + 16));
    tokens.push({
      value,
      start,
      end,
      left: before ? before[1].toLowerCase() : null,
      leftStart: before ? start - before[0].length : start,
      right: after ? after[1].toLowerCase() : null,
      rightEnd: after ? end + after[0].length : end,
      huge,
    });
  }
  return tokens;
}

/** Money amounts and ranges in text order; numbers without any currency are left out. */
export function scanMoney(text: string): MoneyExpression[] {
  const tokens = readTokens(text);
  const out: MoneyExpression[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const a = tokens[i];
    const b = tokens[i + 1];
    // A's own currency sign may sit after it ("1 800 € – 2 200 €"), B's before it ("$21–$24").
    const gap = b ? text.slice(a.rightEnd, b.leftStart) : '';
    const joinedByWord = WORD_JOIN_RE.test(gap);
    const isRange =
      b !== undefined &&
      gap.length <= 12 &&
      (joinedByWord ? BETWEEN_RE.test(text.slice(Math.max(0, a.leftStart - 16), a.leftStart)) : RANGE_GAP_RE.test(gap));
    if (isRange && b) {
      const currency = a.right ?? a.left ?? b.left ?? b.right;
      if (currency) {
        out.push({ low: a.value, high: b.value, currencyToken: currency, start: a.leftStart, end: b.rightEnd, huge: a.huge || b.huge });
      }
      i += 1;
      continue;
    }
    const currency = a.left ?? a.right;
    if (currency) out.push({ low: a.value, high: null, currencyToken: currency, start: a.leftStart, end: a.rightEnd, huge: a.huge });
  }
  return out;
}

/** Bare numbers (no currency) with their span, for pay stated next to a pay word but without a sign. */
export function scanBareAmounts(text: string): { low: number; high: number | null; start: number; end: number }[] {
  const tokens = readTokens(text);
  const out: { low: number; high: number | null; start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (b && RANGE_GAP_RE.test(text.slice(a.end, b.start))) {
      out.push({ low: a.value, high: b.value, start: a.start, end: b.end });
      i += 1;
    } else {
      out.push({ low: a.value, high: null, start: a.start, end: a.end });
    }
  }
  return out;
}
