import type { Role, Seniority } from '../types';
import { compilePhraseMatcher, selectLongest } from '../text';
import type { Cue } from './cue';
import { ROLE_LEXICON } from './lexicon';

// Reads the cues of a title or a description. Overlaps resolve to the longest phrase first,
// so "customer service coordinator" is read as one phrase, "support engineer" hides "engineer"
// and "support vector" hides "support".

const matcher = compilePhraseMatcher<Cue>(ROLE_LEXICON);

/** When phrases cross, role evidence wins over context, and strong evidence over weak. */
const rank = (cue: Cue): number => (cue.kind !== 'role' ? 0 : cue.weak ? 1 : 2);

/** Description characters read: role evidence sits at the top of an ad, boilerplate at the end. */
export const DESCRIPTION_LIMIT = 5000;

export interface TitleEvidence {
  strong: Map<Role, string[]>;
  weak: Map<Role, string[]>;
  /** Roles whose strong cues are all community words ("community manager"). */
  communityOnly: Set<Role>;
  hardNotCs: string[];
  softNotCs: string[];
  coordinator: string[];
  sales: string[];
  voice: string[];
  /** Non-voice channels the title names ("Chat & Email"): a title naming both is mixed-channel. */
  otherChannel: string[];
  property: string[];
  /** True when no phrase of the lexicon occurs at all. */
  silent: boolean;
}

export interface DescriptionEvidence {
  /** Distinct strong phrases per role, and weak ones. */
  strong: Map<Role, Set<string>>;
  weak: Map<Role, Set<string>>;
  voice: Set<string>;
  otherChannel: Set<string>;
  place: Set<string>;
  property: Set<string>;
  retail: Set<string>;
  frontDesk: Set<string>;
  /** Phrases saying the job leads people, with the level they imply. */
  levels: { level: Seniority; text: string }[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  }
  else map.set(key, [value]);
}

function add<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export function readTitle(title: string): TitleEvidence {
  const evidence: TitleEvidence = {
    strong: new Map(),
    weak: new Map(),
    communityOnly: new Set(),
    hardNotCs: [],
    softNotCs: [],
    coordinator: [],
    sales: [],
    voice: [],
    otherChannel: [],
    property: [],
    silent: true,
  };
  const nonCommunity = new Set<Role>();
  for (const m of selectLongest(matcher.scan(title), rank)) {
    const text = title.slice(m.start, m.end);
    const cue = m.value;
    evidence.silent = false;
    switch (cue.kind) {
      case 'role':
        if (cue.weak) push(evidence.weak, cue.role, text);
        else {
          push(evidence.strong, cue.role, text);
          if (!cue.community) nonCommunity.add(cue.role);
        }
        break;
      case 'not-cs':
        (cue.hard ? evidence.hardNotCs : evidence.softNotCs).push(text);
        break;
      case 'coordinator':
        evidence.coordinator.push(text);
        break;
      case 'sales':
        evidence.sales.push(text);
        break;
      case 'voice':
        evidence.voice.push(text);
        break;
      case 'other-channel':
        evidence.otherChannel.push(text);
        break;
      case 'property':
        evidence.property.push(text);
        break;
      default:
        break;
    }
  }
  for (const r of evidence.strong.keys()) if (!nonCommunity.has(r)) evidence.communityOnly.add(r);
  return evidence;
}

export function readDescription(description: string): DescriptionEvidence {
  const evidence: DescriptionEvidence = {
    strong: new Map(),
    weak: new Map(),
    voice: new Set(),
    otherChannel: new Set(),
    place: new Set(),
    property: new Set(),
    retail: new Set(),
    frontDesk: new Set(),
    levels: [],
  };
  for (const m of selectLongest(matcher.scan(description, DESCRIPTION_LIMIT), rank)) {
    const cue = m.value;
    const key = m.pattern;
    switch (cue.kind) {
      case 'role':
        if (cue.titleOnly) break;
        add(cue.weak ? evidence.weak : evidence.strong, cue.role, key);
        break;
      case 'voice':
        if (!cue.titleOnly) evidence.voice.add(key);
        break;
      case 'other-channel':
        evidence.otherChannel.add(key);
        break;
      case 'call-centre-place':
        evidence.place.add(key);
        break;
      case 'property':
        evidence.property.add(key);
        break;
      case 'retail':
        evidence.retail.add(key);
        break;
      case 'front-desk':
        evidence.frontDesk.add(key);
        break;
      case 'level':
        evidence.levels.push({ level: cue.level, text: description.slice(m.start, m.end) });
        break;
      default:
        break;
    }
  }
  return evidence;
}

/** Strong phrases count 1, weak ones 1/2. */
export function descriptionScore(evidence: DescriptionEvidence, r: Role): number {
  return (evidence.strong.get(r)?.size ?? 0) + 0.5 * (evidence.weak.get(r)?.size ?? 0);
}
