import { SHIFTS, type Explanation, type Shift } from '../types';
import { NO_WEEKEND_RE, NOT_A_SHIFT_RE, SHIFT_PATTERNS, TIME_RANGE_RE } from './shift-patterns';

/** Working hours are stated in the offer; a megabyte of page is not read. */
const MAX_TEXT_CHARS = 12_000;
const MAX_TIME_RANGES = 20;
const NO_WEEKEND_ALL_RE = new RegExp(NO_WEEKEND_RE.source, 'giu');

function toHour(hour: string, meridiem: string | undefined): number {
  const h = Number(hour);
  if (meridiem && /^p/i.test(meridiem) && h < 12) return h + 12;
  if (meridiem && /^a/i.test(meridiem) && h === 12) return 0;
  return h;
}

/** Shifts implied by stated working hours: starting 6–10 is a day shift, ending after 19 an evening one. */
function shiftsFromHours(text: string, found: Set<Shift>, explanation: Explanation[]): void {
  TIME_RANGE_RE.lastIndex = 0;
  let seen = 0;
  for (let m = TIME_RANGE_RE.exec(text); m && seen < MAX_TIME_RANGES; m = TIME_RANGE_RE.exec(text)) {
    seen += 1;
    // Bare "8-16" is also a quantity; require minutes, am/pm or a clock word right before.
    const clockLike = m[2] !== undefined || m[3] !== undefined || m[6] !== undefined || /(?:klo|kl\.|godz\.|kell|from|mellom|between|von|od|ώρες)\s*$/iu.test(text.slice(Math.max(0, m.index - 10), m.index));
    if (!clockLike) continue;
    const start = toHour(m[1], m[3] ?? m[6]);
    let end = toHour(m[4], m[6]);
    if (end <= start && end < 12 && !m[6]) end += 12;
    if (start >= 5 && start <= 10 && end >= 14 && end <= 19 && !found.has('day')) {
      found.add('day');
      explanation.push({ field: 'shifts', rule: 'shifts.office-hours', evidence: m[0] });
    }
    // A span reaching into the evening from the morning ("rota covering 8:00–20:00") has both.
    if (start >= 5 && start <= 10 && end >= 20 && !found.has('day')) {
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
 * in the order of the Shift type. Never throws.
 */
export function detectShifts(text: string): { shifts: Shift[]; explanation: Explanation[] } {
  const explanation: Explanation[] = [];
  if (typeof text !== 'string' || text === '') return { shifts: [], explanation };
  const t = text.slice(0, MAX_TEXT_CHARS);
  const found = new Set<Shift>();
  for (const [shift, re] of SHIFT_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    // "Weekends off" is not weekend work: look again with the negated phrases taken out.
    if (shift === 'weekend' && NO_WEEKEND_RE.test(t) && !re.test(t.replace(NO_WEEKEND_ALL_RE, ' '))) continue;
    if (shift === 'rotating' && NOT_A_SHIFT_RE.test(m[0])) continue;
    found.add(shift);
    explanation.push({ field: 'shifts', rule: `shifts.${shift}`, evidence: m[0] });
  }
  shiftsFromHours(t, found, explanation);
  return { shifts: SHIFTS.filter((s) => found.has(s)), explanation };
}
