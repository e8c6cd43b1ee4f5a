import type { Role, Seniority } from '../types';

// What a matched phrase says about a posting. A phrase may carry several cues ("call centre" is
// both evidence for `call_center` and the name of a place where voice work happens).
export type Cue =
  /** Evidence for a role. Weak cues need confirmation from the description. */
  | { kind: 'role'; role: Role; weak?: boolean; titleOnly?: boolean; community?: boolean }
  /** A job that is not customer-service work. Hard ones veto the title; soft ones only when no strong role cue. */
  | { kind: 'not-cs'; hard: boolean }
  /** Consumes its words so that nothing inside fires ("support vector", "customer fulfilment centre"). */
  | { kind: 'neutral' }
  /** Coordinator words: customer service + coordinator is `cs_coordinator`. */
  | { kind: 'coordinator' }
  /** Sales words: sales + coordinator is `sales_support`. */
  | { kind: 'sales' }
  /** Voice channel (calls, inbound, headset): frames service work as call-centre work. */
  | { kind: 'voice'; titleOnly?: boolean }
  /** Non-voice channels (chat, e-mail, letters, shops, multichannel). */
  | { kind: 'other-channel' }
  /** A call/contact centre as a place. */
  | { kind: 'call-centre-place' }
  /** Property management ("apartment community"): a "community manager" there is not social media. */
  | { kind: 'property' }
  /** Shop floor, till: a "sales assistant" there is retail staff. */
  | { kind: 'retail' }
  /** Hotel front desk, reception: a "guest service agent" there is front-office staff. */
  | { kind: 'front-desk' }
  /** A description phrase saying the job leads people ("leads a team of 12"), for seniority. */
  | { kind: 'level'; level: Seniority };

export type Term = readonly [pattern: string, cue: Cue];

export const role = (r: Role, options: { weak?: boolean; titleOnly?: boolean; community?: boolean } = {}): Cue => ({
  kind: 'role',
  role: r,
  ...options,
});
export const HARD_NOT_CS: Cue = { kind: 'not-cs', hard: true };
export const SOFT_NOT_CS: Cue = { kind: 'not-cs', hard: false };
export const NEUTRAL: Cue = { kind: 'neutral' };
export const COORDINATOR: Cue = { kind: 'coordinator' };
export const SALES: Cue = { kind: 'sales' };
export const VOICE: Cue = { kind: 'voice' };
/** "Telefon" in a title names the channel; in a description it is as often a contact number. */
export const VOICE_IN_TITLE: Cue = { kind: 'voice', titleOnly: true };
export const OTHER_CHANNEL: Cue = { kind: 'other-channel' };
export const CALL_CENTRE_PLACE: Cue = { kind: 'call-centre-place' };
export const PROPERTY: Cue = { kind: 'property' };
export const RETAIL: Cue = { kind: 'retail' };
export const FRONT_DESK: Cue = { kind: 'front-desk' };

/** Terms giving each of `patterns` every one of `cues`. */
export function terms(patterns: readonly string[], ...cues: Cue[]): Term[] {
  return patterns.flatMap((p) => cues.map((c) => [p, c] as const));
}

/**
 * Every "first second" phrase: inflected languages need each case form spelled out, because
 * the matcher has no wildcard inside a phrase ("obsługi klienta", "obsługa klientów", …).
 */
export function combos(first: readonly string[], second: readonly string[]): string[] {
  return first.flatMap((a) => second.map((b) => `${a} ${b}`));
}
