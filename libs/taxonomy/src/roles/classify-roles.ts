import type { Explanation, Role, Seniority } from '../types';
import { ROLES } from '../types';
import { cleanTitle } from '../text';
import { DescriptionEvidence, TitleEvidence, descriptionScore, readDescription, readTitle } from './role-evidence';

// Role classification, following the labelling rules of the corpus README:
// 1. The title decides. A title that names a non-CS occupation ("Warehouse Associate",
//    "Software Engineer", "Kasjer-sprzedawca") gets no role, whatever its description says.
// 2. Customer service is the fallback: a more specific role in the same title wins over it
//    ("Customer Service Representative – Contact Center" is call_center), except for the two
//    roles that are distinct jobs combined with it (social media, sales support).
// 3. Modifiers: customer service + coordinator is cs_coordinator, sales + coordinator is
//    sales_support.
// 4. The description refines: service work framed as calls is call_center, framed as
//    answering on social channels is social_media (social care); tech support placed in a
//    call centre also gets call_center; weak title cues need its confirmation, and a shop
//    floor or a hotel front desk in it vetoes them; a title with no cue at all may be
//    classified from the description alone, at a high bar.

export interface RoleInput {
  title?: string;
  description?: string;
}

export interface RoleClassification {
  roles: Role[];
  explanation: Explanation[];
  /**
   * Description phrases saying the job leads people ("leads a team of 12"), read in the same
   * pass; `detectSeniority` takes them to avoid reading the description again. Undefined when
   * the title alone decided and the description was not read.
   */
  levelPhrases?: { level: Seniority; text: string }[];
}

/** Roles that refine customer service (a CSR framed as call-centre work is call_center only). */
const REFINES_SERVICE: readonly Role[] = ['call_center', 'tech_support', 'crm_manager', 'cs_coordinator'];
/** Distinct description phrases (weak ones count half) needed when the title says nothing. */
const DESCRIPTION_ONLY_MIN = 3;
const MAX_ROLES = 2;

const explain = (rule: string, evidence?: string): Explanation => ({ field: 'roles', rule, ...(evidence ? { evidence } : {}) });

function ordered(roles: Iterable<Role>): Role[] {
  const set = new Set(roles);
  return ROLES.filter((r) => set.has(r));
}

/** Roles from the title's strong cues, less community cues in a property-management context. */
function titleRoles(title: TitleEvidence, description: () => DescriptionEvidence, explanation: Explanation[]): Set<Role> {
  const roles = new Set<Role>();
  for (const [r, texts] of title.strong) {
    if (title.communityOnly.has(r) && (title.property.length > 0 || description().property.size >= 2)) {
      const context = [...title.property, ...description().property].join(', ');
      explanation.push(explain('community-in-property-management', `${texts.join(', ')} (${context})`));
      continue;
    }
    roles.add(r);
    explanation.push(explain('title-term', `${texts.join(', ')} → ${r}`));
  }
  return roles;
}

/**
 * Weak title cues count when the description backs them ("Sales Assistant" in a sales office,
 * not on a shop floor; "Guest Service Agent" in a service team, not at a hotel front desk).
 * Customer service is also backed by a contact centre as the workplace ("Support Advisor" in
 * a contact centre is then framed as call-centre work), not by other call-centre words: hotel
 * front offices take reservations and calls too.
 */
function confirmedWeakRoles(
  title: TitleEvidence,
  description: DescriptionEvidence,
  explanation: Explanation[],
): { roles: Set<Role>; atWorkplace: boolean } {
  const roles = new Set<Role>();
  // Set when the description places the titled job in a shop or at a front desk: that job is
  // then known, and it is not a customer-service role.
  let atWorkplace = false;
  for (const [r, texts] of title.weak) {
    if (r === 'sales_support' && description.retail.size > 0) {
      explanation.push(explain('weak-title-term-in-shop', `${texts.join(', ')}; ${[...description.retail].join(', ')}`));
      atWorkplace = true;
      continue;
    }
    if (r === 'customer_service' && description.frontDesk.size > 0) {
      explanation.push(explain('weak-title-term-at-front-desk', `${texts.join(', ')}; ${[...description.frontDesk].join(', ')}`));
      atWorkplace = true;
      continue;
    }
    const strong = (description.strong.get(r)?.size ?? 0) + (r === 'customer_service' ? description.place.size : 0);
    if (strong >= 1 || descriptionScore(description, r) >= 1.5) {
      roles.add(r);
      explanation.push(explain('weak-title-term-confirmed', `${texts.join(', ')} → ${r}`));
    }
  }
  return { roles, atWorkplace };
}

function rolesFromDescriptionOnly(description: DescriptionEvidence, explanation: Explanation[]): Set<Role> {
  // The bar is on the evidence of customer-service work as a whole; the role is then the one
  // with the most of it (ties go to the more specific role, earlier in ROLES).
  const scored = ROLES.map((r) => [r, descriptionScore(description, r)] as const);
  const total = scored.reduce((sum, [, score]) => sum + score, 0);
  if (total < DESCRIPTION_ONLY_MIN) return new Set();
  const [best] = [...scored].sort((a, b) => b[1] - a[1])[0];
  const phrases = ROLES.flatMap((r) => [...(description.strong.get(r) ?? [])]);
  explanation.push(explain('description-only', `${best}: ${phrases.slice(0, 6).join(', ')}`));
  return new Set([best]);
}

function applyModifiers(roles: Set<Role>, title: TitleEvidence, explanation: Explanation[]): void {
  if (title.coordinator.length === 0) return;
  if (title.sales.length > 0 && !roles.has('customer_service')) {
    roles.add('sales_support');
    explanation.push(explain('sales-coordinator', `${title.sales[0]} + ${title.coordinator[0]} → sales_support`));
  } else if (roles.has('customer_service')) {
    roles.delete('customer_service');
    roles.add('cs_coordinator');
    explanation.push(explain('service-coordinator', `${title.coordinator[0]} → cs_coordinator`));
  }
}

function applySpecificity(roles: Set<Role>, title: TitleEvidence, description: DescriptionEvidence, explanation: Explanation[]): void {
  const specific = REFINES_SERVICE.filter((r) => roles.has(r));
  if (roles.has('customer_service') && specific.length > 0) {
    roles.delete('customer_service');
    explanation.push(explain('most-specific', `customer_service → ${specific.join(', ')}`));
  }
  if (roles.size === 1 && roles.has('customer_service')) {
    const voice = description.voice.size;
    const place = description.place.size;
    const social = description.strong.get('social_media') ?? new Set<string>();
    // Social channels are channels too: answering on them is not call-centre work.
    const other = description.otherChannel.size + social.size;
    // Framed as call-centre work: a voice channel and no other named in the title, or the
    // description names calls and a call centre outweighing other channels, or calls and nothing else.
    const titleVoice = title.voice.length > 0 && title.otherChannel.length === 0;
    const framed = titleVoice || (place > 0 && voice > 0 && place + voice > other) || (voice > 0 && other === 0);
    // Framed as social care: service given on social channels, which outweigh every other channel.
    const socialCare = !framed && voice === 0 && social.size >= 2 && social.size > description.otherChannel.size;
    if (framed) {
      roles.delete('customer_service');
      roles.add('call_center');
      const why = [...title.voice, ...description.place, ...description.voice].slice(0, 4).join(', ');
      explanation.push(explain('call-centre-framing', why));
    } else if (socialCare) {
      roles.delete('customer_service');
      roles.add('social_media');
      explanation.push(explain('social-care-framing', [...social].slice(0, 4).join(', ')));
    }
  }
  if (roles.has('tech_support') && !roles.has('call_center') && description.place.size > 0 && description.voice.size > 0) {
    roles.add('call_center');
    explanation.push(explain('tech-support-in-call-centre', [...description.place].join(', ')));
  }
}

/** Stands for a description that did not need reading: it holds no evidence. */
const NO_DESCRIPTION: DescriptionEvidence = {
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

/** The description can change the answer only for customer service (call-centre framing) and tech support (placed in a call centre). */
function needsDescription(roles: ReadonlySet<Role>, title: TitleEvidence): boolean {
  const serviceOnly = roles.size === 1 && roles.has('customer_service') && (title.voice.length === 0 || title.otherChannel.length > 0);
  return serviceOnly || (roles.has('tech_support') && !roles.has('call_center'));
}

export function classifyRoles(input: RoleInput): RoleClassification {
  const explanation: Explanation[] = [];
  const title = cleanTitle(typeof input.title === 'string' ? input.title : '');
  const rawDescription = typeof input.description === 'string' ? input.description : '';
  let description: DescriptionEvidence | null = null;
  const describe = (): DescriptionEvidence => (description ??= readDescription(rawDescription));

  const evidence = readTitle(title);
  if (evidence.hardNotCs.length > 0) {
    explanation.push(explain('title-not-cs', evidence.hardNotCs.join(', ')));
    return { roles: [], explanation };
  }

  let roles = titleRoles(evidence, describe, explanation);
  if (roles.size === 0) {
    if (evidence.softNotCs.length > 0) {
      explanation.push(explain('title-not-cs', evidence.softNotCs.join(', ')));
      return { roles: [], explanation };
    }
    const weak = confirmedWeakRoles(evidence, describe(), explanation);
    roles = weak.roles;
    if (roles.size === 0 && !weak.atWorkplace && evidence.coordinator.length === 0 && evidence.sales.length === 0) {
      roles = rolesFromDescriptionOnly(describe(), explanation);
    }
  }
  applyModifiers(roles, evidence, explanation);
  if (roles.size === 0) {
    explanation.push(explain('no-cs-evidence'));
    return { roles: [], explanation };
  }
  if (needsDescription(roles, evidence)) applySpecificity(roles, evidence, describe(), explanation);
  else applySpecificity(roles, evidence, NO_DESCRIPTION, explanation);

  let result = ordered(roles);
  if (result.length > MAX_ROLES) {
    // Keep the roles the title names first: they are the job, the rest is detail.
    const position = (r: Role): number => {
      const text = evidence.strong.get(r)?.[0];
      return text === undefined ? Infinity : title.indexOf(text);
    };
    const byPosition = result.map((r) => [r, position(r)] as const).sort((a, b) => a[1] - b[1]);
    result = ordered(byPosition.slice(0, MAX_ROLES).map(([r]) => r));
    explanation.push(explain('at-most-two-roles', result.join(', ')));
  }
  return { roles: result, explanation, ...(description ? { levelPhrases: (description as DescriptionEvidence).levels } : {}) };
}
