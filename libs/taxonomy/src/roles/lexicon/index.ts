import { TEXT_LEVEL_TERMS } from '../../seniority/seniority.lexicon';
import { SENIORITIES } from '../../types';
import type { Term } from '../cue';
import { CALL_CENTER_TERMS } from './call-center.lexicon';
import { CHANNEL_TERMS } from './channels.lexicon';
import { COORDINATOR_TERMS, SALES_TERMS } from './coordinator-sales.lexicon';
import { CRM_TERMS, SOCIAL_TERMS } from './crm-social.lexicon';
import { CUSTOMER_SERVICE_TERMS } from './customer-service.lexicon';
import { NEIGHBOUR_TERMS } from './neighbours.lexicon';
import { NOT_CS_TERMS } from './not-cs.lexicon';
import { TECH_SUPPORT_TERMS } from './tech-support.lexicon';

/** Every phrase the role classifier reads, in titles and descriptions alike. */
export const ROLE_LEXICON: readonly Term[] = [
  ...CUSTOMER_SERVICE_TERMS,
  ...CALL_CENTER_TERMS,
  ...TECH_SUPPORT_TERMS,
  ...CRM_TERMS,
  ...SOCIAL_TERMS,
  ...COORDINATOR_TERMS,
  ...SALES_TERMS,
  ...NEIGHBOUR_TERMS,
  ...NOT_CS_TERMS,
  ...CHANNEL_TERMS,
  // Seniority's description phrases ride along: reading the description once for both is
  // what keeps tagging within its per-posting budget.
  ...SENIORITIES.flatMap((level) => (TEXT_LEVEL_TERMS[level] ?? []).map((p): Term => [p, { kind: 'level', level }])),
];
