import { wordAt, wordIndex, type TriggerHit, type WordIndex } from '../location/word-index';
import type { Explanation, SalaryPeriod, SalaryTag } from '../types';
import { scanMoney, type MoneyExpression } from './money-scanner';
import { COUNTRY_CURRENCY, inferPeriod, resolveCurrency } from './salary-currency';
import { EXTRA_COMPOUND_RE, SALARY_WORDS, type SalaryWord } from './salary-lexicon';

/** Pay is stated near the top or in a short salary field; the rest of a 1 MB page is not read. */
const MAX_TEXT_CHARS = 20_000;
const LEAD_CHARS = 60;
const TAIL_CHARS = 48;
/** A period word after the amount counts within this many characters ("1 600 € bruto kuus"). */
const PERIOD_REACH = 24;
/** A pay word counts for an amount when at most this many characters (no digits) stand between. */
const PAY_WORD_REACH = 30;
const LANGUAGE_COUNTRY: Record<string, string> = {
  et: 'EE', nb: 'NO', nn: 'NO', no: 'NO', pl: 'PL', el: 'GR', fi: 'FI', sv: 'SE', da: 'DK', de: 'DE',
};

type Hit = TriggerHit<SalaryWord>;

interface Candidate {
  money: MoneyExpression;
  leadStart: number;
  tailEnd: number;
  hits: Hit[];
}

/** Characters that end one statement about money: newline ; , + • and ". " */
function isBreakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x3b || c === 0x2c || c === 0x2b || c === 0x2022) return true;
  return c === 0x2e && text.charCodeAt(i + 1) === 0x20 && i > 0 && text.charCodeAt(i - 1) !== 0x20 && !/^(?:ca|p|a|min|max|mies|mnd|kl|godz|std|mtl|pr|nr|no)$/u.test(precedingWord(text, i));
}

function precedingWord(text: string, dot: number): string {
  let from = dot;
  while (from > 0 && dot - from < 6 && /\p{L}/u.test(text.charAt(from - 1))) from -= 1;
  return text.slice(from, dot);
}

/** The clause around an amount: back to the last break, forward to the next (bounded). */
function candidateOf(index: WordIndex, money: MoneyExpression, original: string): Candidate {
  const text = index.lower;
  let leadStart = Math.max(0, money.start - LEAD_CHARS);
  for (let i = money.start - 1; i >= leadStart; i -= 1) {
    if (isBreakAt(text, i)) {
      leadStart = i + 1;
      break;
    }
  }
  let tailEnd = Math.min(text.length, money.end + TAIL_CHARS);
  // A currency written with a full stop ("kr.") may end the sentence: "… 220 kr. Mulighet for …".
  if (text.charCodeAt(money.end - 1) === 0x2e && /^\s+\p{Lu}/u.test(original.slice(money.end, money.end + 4))) tailEnd = money.end;
  for (let i = money.end; i < tailEnd; i += 1) {
    if (isBreakAt(text, i)) {
      tailEnd = i;
      break;
    }
  }
  const hits = SALARY_WORDS.find(index, 32, wordAt(index, leadStart), wordAt(index, tailEnd));
  // Joining words end the clause too ("per annum plus shift allowance").
  for (const h of hits) {
    if (h.value.kind !== 'break') continue;
    if (h.start >= money.end && h.start < tailEnd) tailEnd = h.start;
    else if (h.end <= money.start && h.end > leadStart) leadStart = h.end;
  }
  return { money, leadStart, tailEnd, hits: hits.filter((h) => h.start >= leadStart && h.end <= tailEnd) };
}

const inLead = (c: Candidate, h: Hit): boolean => h.end <= c.money.start;
const inTail = (c: Candidate, h: Hit): boolean => h.start >= c.money.end;

function isExtra(text: string, c: Candidate): boolean {
  if (c.hits.some((h) => h.value.kind === 'extra')) return true;
  return EXTRA_COMPOUND_RE.test(text.slice(c.leadStart, c.money.start)) || EXTRA_COMPOUND_RE.test(text.slice(c.money.end, c.tailEnd));
}

function hasPayContext(text: string, c: Candidate): boolean {
  for (const h of c.hits) {
    if (h.value.kind === 'period' || (h.value.kind === 'pay' && inTail(c, h))) return true;
    if (h.value.kind === 'pay' && c.money.start - h.end <= PAY_WORD_REACH && !/[\d\n]/.test(text.slice(h.end, c.money.start))) return true;
  }
  return false;
}

function periodOf(c: Candidate): { period: SalaryPeriod; evidence: Hit } | null {
  for (const h of c.hits) {
    if (h.value.kind === 'period' && inTail(c, h) && h.start - c.money.end <= PERIOD_REACH) return { period: h.value.period, evidence: h };
  }
  let last: { period: SalaryPeriod; evidence: Hit } | null = null;
  for (const h of c.hits) if (h.value.kind === 'period' && h.value.strong && inLead(c, h)) last = { period: h.value.period, evidence: h };
  return last;
}

/**
 * A number without currency is pay only right after a pay word ("Lønn 520 000", "Salary: 45,000"),
 * at least 100 (not a count of days), and not a pay grade ("lønnstrinn 45").
 */
function isBarePay(text: string, c: Candidate): boolean {
  if (c.money.low < 100 || c.hits.some((h) => h.value.kind === 'grade')) return false;
  return c.hits.some((h) => h.value.kind === 'pay' && inLead(c, h) && /^[\s:]*$/.test(text.slice(h.end, c.money.start)));
}

function candidatesOf(index: WordIndex, original: string, explanation: Explanation[], bare: boolean): Candidate[] {
  const text = index.lower;
  const out: Candidate[] = [];
  for (const money of scanMoney(text, bare)) {
    if (money.huge || money.low <= 0) continue;
    const c = candidateOf(index, money, original);
    if (bare && !isBarePay(text, c)) continue;
    if (isExtra(text, c)) {
      explanation.push({ field: 'salary', rule: 'salary.extra-pay-excluded', evidence: text.slice(money.start, money.end) });
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * Min, max, ISO currency and period of the base pay stated in `text` (a salary field or a whole
 * description). Bonuses, commission, allowances and differentials are skipped; "from X" leaves max
 * null, "up to X" leaves min null; a reversed range is swapped. Never throws.
 */
export function parseSalary(
  text: string,
  ctx: { country: string | null; language: string | null },
): { salary: SalaryTag | null; explanation: Explanation[] } {
  const explanation: Explanation[] = [];
  if (typeof text !== 'string' || text.trim() === '') {
    explanation.push({ field: 'salary', rule: 'salary.no-text' });
    return { salary: null, explanation };
  }
  const language = typeof ctx?.language === 'string' ? ctx.language.toLowerCase() : null;
  const country =
    (typeof ctx?.country === 'string' && ctx.country !== '' ? ctx.country.toUpperCase() : null) ??
    (language ? (LANGUAGE_COUNTRY[language] ?? null) : null);
  const index = wordIndex(text, MAX_TEXT_CHARS);
  const candidates = candidatesOf(index, text, explanation, false);
  let chosen: Candidate | null = candidates.find((c) => hasPayContext(index.lower, c)) ?? candidates[0] ?? null;
  let currencyToken = chosen?.money.currencyToken ?? '';
  if (!chosen && country && COUNTRY_CURRENCY[country]) {
    // Pay written as a bare number right after a pay word ("Lønn 520 000–560 000"): the country's currency.
    chosen = candidatesOf(index, text, [], true)[0] ?? null;
    currencyToken = COUNTRY_CURRENCY[country].toLowerCase();
    if (chosen) explanation.push({ field: 'salary', rule: 'salary.currency-from-country', evidence: COUNTRY_CURRENCY[country] });
  }
  if (!chosen) {
    const noFigure = SALARY_WORDS.find(index, 400).find((h) => h.value.kind === 'no-figure');
    explanation.push(
      noFigure
        ? { field: 'salary', rule: 'salary.no-figure', evidence: index.lower.slice(noFigure.start, noFigure.end) }
        : { field: 'salary', rule: 'salary.no-amount' },
    );
    return { salary: null, explanation };
  }
  return { salary: buildTag(index.lower, chosen, currencyToken, country, language, explanation), explanation };
}

function buildTag(
  text: string,
  chosen: Candidate,
  currencyToken: string,
  country: string | null,
  language: string | null,
  explanation: Explanation[],
): SalaryTag {
  const { money } = chosen;
  const evidence = text.slice(money.start, money.end);
  const currency = resolveCurrency(currencyToken, country, language);
  explanation.push(
    currency
      ? { field: 'salary', rule: 'salary.currency', evidence: `${currencyToken} → ${currency}` }
      : { field: 'salary', rule: 'salary.currency-unknown', evidence: currencyToken },
  );
  let min: number | null = money.low;
  let max: number | null = money.high;
  const near = (h: Hit, kind: SalaryWord['kind'], reach: number): boolean =>
    h.value.kind === kind && (kind === 'from-after' ? h.start >= money.end && h.start - money.end <= reach : h.end <= money.start && money.start - h.end <= reach);
  if (max !== null && max < money.low) {
    min = max;
    max = money.low;
    explanation.push({ field: 'salary', rule: 'salary.range-reversed', evidence });
  } else if (max === null) {
    if (money.plus || chosen.hits.some((h) => near(h, 'from', 30) || near(h, 'from-after', 12))) {
      explanation.push({ field: 'salary', rule: 'salary.from', evidence });
    } else if (chosen.hits.some((h) => near(h, 'up-to', 24))) {
      min = null;
      max = money.low;
      explanation.push({ field: 'salary', rule: 'salary.up-to', evidence });
    } else {
      max = money.low;
      explanation.push({ field: 'salary', rule: 'salary.single', evidence });
    }
  } else {
    explanation.push({ field: 'salary', rule: 'salary.range', evidence });
  }
  const stated = periodOf(chosen);
  let period: SalaryPeriod;
  if (stated) {
    period = stated.period;
    explanation.push({ field: 'salary', rule: 'salary.period-word', evidence: text.slice(stated.evidence.start, stated.evidence.end) });
  } else {
    period = inferPeriod(min ?? max ?? 0, currency);
    explanation.push({ field: 'salary', rule: 'salary.period-from-magnitude', evidence: `${min ?? max} ${currency ?? ''}`.trim() });
  }
  return { min, max, currency, period };
}
