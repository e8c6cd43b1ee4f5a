import { isWordCode, wordIndex, type WordIndex } from '../location/word-index';
import { SHIFTS, type Explanation, type Shift } from '../types';
import {
  CLOCK_WORD_BEFORE_RE,
  GREEK_SHIFT_AFTER_RE,
  NO_WEEKEND_AFTER_RE,
  NO_WEEKEND_BEFORE_RE,
  POLISH_SHIFT_AFTER_RE,
  POLISH_SHIFT_BEFORE_RE,
  SHIFT_TERMS,
  TIME_RANGE_STICKY_RE,
  type ShiftTerm,
} from './shift-patterns';

/** Working hours are stated in the offer; a megabyte of page is not read. */
const MAX_TEXT_CHARS = 20_000;
const MAX_HITS = 80;
const MAX_TIME_RANGES = 20;

function toHour(hour: string, meridiem: string | undefined): number {
  const h = Number(hour);
  if (meridiem && meridiem.startsWith('p') && h < 12) return h + 12;
  if (meridiem && meridiem.startsWith('a') && h === 12) return 0;
  return h;
}

function inContext(text: string, start: number, end: number, term: ShiftTerm): boolean {
  switch (term.check) {
    case 'polish-shift':
      return POLISH_SHIFT_AFTER_RE.test(text.slice(end, end + 12)) || POLISH_SHIFT_BEFORE_RE.test(text.slice(Math.max(0, start - 20), start));
    case 'greek-shift':
      return GREEK_SHIFT_AFTER_RE.test(text.slice(end, end + 12));
    case 'no-weekend':
      return !NO_WEEKEND_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)) && !NO_WEEKEND_AFTER_RE.test(text.slice(end, end + 10));
    default:
      return true;
  }
}

/** Shifts implied by stated working hours: starting 5–10 is a day shift, ending at 20 or later an evening one. */
function shiftsFromHours(index: WordIndex, found: Set<Shift>, explanation: Explanation[]): void {
  const { lower, starts, count } = index;
  let seen = 0;
  for (let w = 0; w < count && seen < MAX_TIME_RANGES; w += 1) {
    const at = starts[w];
    const c = lower.charCodeAt(at);
    if (c < 0x30 || c > 0x39) continue;
    const before = at > 0 ? lower.charCodeAt(at - 1) : 0x20;
    if (before === 0x3a || before === 0x2e || isWordCode(before)) continue;
    TIME_RANGE_STICKY_RE.lastIndex = at;
    const m = TIME_RANGE_STICKY_RE.exec(lower);
    if (!m) continue;
    seen += 1;
    // Bare "8-16" may be a quantity; minutes, am/pm or a clock word before it make it a time.
    const clockLike = m[2] !== undefined || m[3] !== undefined || m[6] !== undefined || CLOCK_WORD_BEFORE_RE.test(lower.slice(Math.max(0, at - 10), at));
    if (!clockLike) continue;
    const start = toHour(m[1], m[3] ?? m[6]);
    let end = toHour(m[4], m[6]);
    if (end <= start && end < 12 && !m[6]) end += 12;
    if (start >= 5 && start <= 10 && end >= 14 && !found.has('day')) {
      found.add('day');
      explanation.push({ field: 'shifts', rule: 'shifts.office-hours', evidence: m[0] });
    }
    if (end >= 20 && start >= 5 && !found.has('evening')) {
      found.add('evening');
      explanation.push({ field: 'shifts', rule: 'shifts.late-hours', evidence: m[0] });
    }
  }
}

/**
 * Shift patterns a posting mentions: day, evening, night, weekend, rotating, around the clock (24/7),
 * in the order of the Shift type. "Weekends off" is not weekend work. Never throws.
 */
export function detectShifts(text: string): { shifts: Shift[]; explanation: Explanation[] } {
  const explanation: Explanation[] = [];
  if (typeof text !== 'string' || text === '') return { shifts: [], explanation };
  const index = wordIndex(text, MAX_TEXT_CHARS);
  const found = new Set<Shift>();
  for (const hit of SHIFT_TERMS.find(index, MAX_HITS)) {
    const { shift } = hit.value;
    if (found.has(shift) || !inContext(index.lower, hit.start, hit.end, hit.value)) continue;
    found.add(shift);
    explanation.push({ field: 'shifts', rule: `shifts.${shift}`, evidence: index.lower.slice(hit.start, hit.end) });
  }
  shiftsFromHours(index, found, explanation);
  return { shifts: SHIFTS.filter((s) => found.has(s)), explanation };
}
