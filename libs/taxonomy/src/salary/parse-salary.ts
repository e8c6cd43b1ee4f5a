import type { Explanation, SalaryPeriod, SalaryTag } from '../types';
import { scanBareAmounts, scanMoney, type MoneyExpression } from './money-scanner';
import { COUNTRY_CURRENCY, inferPeriod, resolveCurrency } from './salary-currency';
import {
  EXTRA_PAY_RE,
  FROM_AFTER_RE,
  FROM_BEFORE_RE,
  NO_FIGURE_RE,
  PAY_WORD_RE,
  PERIOD_BEFORE_PATTERNS,
  PERIOD_PATTERNS,
  UP_TO_BEFORE_RE,
} from './salary-lexicon';

/** Pay is stated near the top or in a short salary field; the rest of a 1 MB page is not read. */
const MAX_TEXT_CHARS = 20_000;
const LEAD_CHARS = 60;
const TAIL_CHARS = 48;
const LANGUAGE_COUNTRY: Record<string, string> = {
  et: 'EE', nb: 'NO', nn: 'NO', no: 'NO', pl: 'PL', el: 'GR', fi: 'FI', sv: 'SE', da: 'DK', de: 'DE',
};
// Where one statement about money ends: punctuation, "+", and joining words ("plus shift allowance").
const CLAUSE_BREAK = '[\\n;,+•]|\\.\\s|\\s(?:plus|and|with|oraz|lub|or|eller|und|oder|sowie|og|och|ja|tai|και|ή)\\s';
const TAIL_BREAK_RE = new RegExp(CLAUSE_BREAK, 'iu');
const LEAD_BREAK_RE = new RegExp(CLAUSE_BREAK, 'giu');
const PAY_WORD_NEAR_RE = new RegExp(`${PAY_WORD_RE.source}[^\\d\\n]{0,24}$`, 'iu');

interface Candidate {
  money: MoneyExpression;
  lead: string;
  tail: string;
  payContext: boolean;
}

function normalise(text: string): string {
  return text
    .slice(0, MAX_TEXT_CHARS)
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/[\u00a0\u2007\u202f\u2009]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '');
}

/** Text of the same clause just before `at` ("Starting pay: " of "Starting pay: $16.05"). */
function leadOf(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - LEAD_CHARS), at);
  let cut = 0;
  LEAD_BREAK_RE.lastIndex = 0;
  for (let m = LEAD_BREAK_RE.exec(window); m; m = LEAD_BREAK_RE.exec(window)) cut = m.index + m[0].length;
  return window.slice(cut);
}

/** Text of the same clause just after `at` ("/hr bilingual differential"). */
function tailOf(text: string, at: number): string {
  const window = text.slice(at, at + TAIL_CHARS);
  const m = TAIL_BREAK_RE.exec(window);
  return m ? window.slice(0, m.index) : window;
}

function periodIn(tail: string, lead: string): { period: SalaryPeriod; evidence: string } | null {
  let best: { period: SalaryPeriod; evidence: string; index: number } | null = null;
  for (const [period, re] of PERIOD_PATTERNS) {
    const m = re.exec(tail);
    if (m && (!best || m.index < best.index)) best = { period, evidence: m[0], index: m.index };
  }
  if (best) return best;
  let last: { period: SalaryPeriod; evidence: string; index: number } | null = null;
  for (const [period, re] of PERIOD_BEFORE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(lead); m; m = re.exec(lead)) {
      if (!last || m.index > last.index) last = { period, evidence: m[0], index: m.index };
    }
  }
  return last;
}

function candidatesOf(text: string, explanation: Explanation[]): Candidate[] {
  const out: Candidate[] = [];
  for (const money of scanMoney(text)) {
    const evidence = text.slice(money.start, money.end);
    if (money.huge || money.low <= 0) continue;
    const lead = leadOf(text, money.start);
    const tail = tailOf(text, money.end);
    if (EXTRA_PAY_RE.test(lead) || EXTRA_PAY_RE.test(tail)) {
      explanation.push({ field: 'salary', rule: 'salary.extra-pay-excluded', evidence });
      continue;
    }
    const payContext = PAY_WORD_NEAR_RE.test(text.slice(Math.max(0, money.start - LEAD_CHARS), money.start))
      || PAY_WORD_RE.test(tail)
      || periodIn(tail, '') !== null;
    out.push({ money, lead, tail, payContext });
  }
  return out;
}

/** Pay written as a bare number right after a pay word ("Lønn 520 000–560 000"), in the country's currency. */
function bareCandidate(text: string, currency: string): Candidate | null {
  for (const bare of scanBareAmounts(text)) {
    if (bare.low < 5) continue;
    const before = text.slice(Math.max(0, bare.start - 30), bare.start);
    if (!PAY_WORD_NEAR_RE.test(before)) continue;
    const money: MoneyExpression = { ...bare, currencyToken: currency.toLowerCase(), huge: false };
    const tail = tailOf(text, bare.end);
    if (EXTRA_PAY_RE.test(tail)) continue;
    return { money, lead: leadOf(text, bare.start), tail, payContext: true };
  }
  return null;
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
  const t = normalise(text);
  const candidates = candidatesOf(t, explanation);
  let chosen: Candidate | null = candidates.find((c) => c.payContext) ?? candidates[0] ?? null;
  if (!chosen && country && COUNTRY_CURRENCY[country]) {
    chosen = bareCandidate(t, COUNTRY_CURRENCY[country]);
    if (chosen) explanation.push({ field: 'salary', rule: 'salary.currency-from-country', evidence: COUNTRY_CURRENCY[country] });
  }
  if (!chosen) {
    const noFigure = NO_FIGURE_RE.exec(t);
    if (noFigure) explanation.push({ field: 'salary', rule: 'salary.no-figure', evidence: noFigure[0] });
    else explanation.push({ field: 'salary', rule: 'salary.no-amount' });
    return { salary: null, explanation };
  }
  return { salary: buildTag(t, chosen, country, language, explanation), explanation };
}

function buildTag(
  text: string,
  chosen: Candidate,
  country: string | null,
  language: string | null,
  explanation: Explanation[],
): SalaryTag {
  const { money, lead, tail } = chosen;
  const evidence = text.slice(money.start, money.end);
  const currency = resolveCurrency(money.currencyToken, country, language);
  explanation.push(
    currency
      ? { field: 'salary', rule: 'salary.currency', evidence: `${money.currencyToken} → ${currency}` }
      : { field: 'salary', rule: 'salary.currency-unknown', evidence: money.currencyToken },
  );
  let min: number | null = money.low;
  let max: number | null = money.high;
  if (max !== null && max < money.low) {
    min = max;
    max = money.low;
    explanation.push({ field: 'salary', rule: 'salary.range-reversed', evidence });
  } else if (max === null) {
    if (FROM_BEFORE_RE.test(lead.slice(-30)) || FROM_AFTER_RE.test(tail)) {
      explanation.push({ field: 'salary', rule: 'salary.from', evidence });
    } else if (UP_TO_BEFORE_RE.test(lead.slice(-24))) {
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
  const stated = periodIn(tail, lead);
  let period: SalaryPeriod;
  if (stated) {
    period = stated.period;
    explanation.push({ field: 'salary', rule: 'salary.period-word', evidence: stated.evidence });
  } else {
    period = inferPeriod(min ?? max ?? 0, currency);
    explanation.push({ field: 'salary', rule: 'salary.period-from-magnitude', evidence: `${min ?? max} ${currency ?? ''}`.trim() });
  }
  return { min, max, currency, period };
}
