import { AMAZON } from './amazon.data';
import { AMERICAN_EXPRESS } from './american-express.data';
import { APPLE } from './apple.data';
import { HILTON, NORDIC_CARE } from './career-sites.data';
import { DELTA } from './delta.data';
import { HOME_DEPOT } from './home-depot.data';
import { JPMORGAN_CHASE } from './jpmorgan-chase.data';
import { KUNDENWERK } from './kundenwerk.data';
import { OPTUM } from './optum.data';
import { POHJALA_PANK } from './pohjala-pank.data';
import type { DemoPosting } from './posting.types';
import { SOUTHWEST } from './southwest.data';

export interface Board {
  /** The token, slug or account name as it appears in the vendor's URL. */
  token: string;
  employer: string;
  postings: DemoPosting[];
}

const pick = (all: DemoPosting[], keys: string[]): DemoPosting[] =>
  keys.map((key) => {
    const found = all.find((p) => p.key === key);
    if (!found) throw new Error(`demo board refers to unknown posting "${key}"`);
    return found;
  });

// Each ATS board below renders these records in its vendor's format. Boards that reuse
// career-site postings (nordiccare, hilton-europe) are the cross-source duplicates.
export const BOARDS = {
  greenhouse: [
    { token: 'americanexpress', employer: 'american-express', postings: AMERICAN_EXPRESS },
    {
      token: 'nordiccare',
      employer: 'nordic-care',
      postings: pick(NORDIC_CARE, [
        'nc-tll-support-fi-en',
        'nc-tll-callcentre-et',
        'nc-osl-kundesenter-nb',
        'nc-waw-infolinia-de-pl',
        'nc-ath-cs-de-el',
      ]),
    },
  ],
  lever: [{ token: 'delta', employer: 'delta', postings: DELTA }],
  smartrecruiters: [{ token: 'optum', employer: 'optum', postings: OPTUM }],
  personio: [
    { token: 'kundenwerk', employer: 'kundenwerk', postings: KUNDENWERK },
    // A company with no open positions: its feed is valid and empty, not an outage.
    { token: 'stillwater', employer: 'stillwater', postings: [] },
  ],
  recruitee: [{ token: 'pohjala-pank', employer: 'pohjala-pank', postings: POHJALA_PANK }],
  workable: [
    {
      token: 'hilton-europe',
      employer: 'hilton',
      postings: pick(HILTON, ['hi-waw-reservations-pl', 'hi-ath-reservations-el', 'hi-tll-sales-assistant-et']),
    },
    { token: 'homedepot', employer: 'home-depot', postings: HOME_DEPOT },
  ],
  ashby: [{ token: 'southwest', employer: 'southwest', postings: SOUTHWEST }],
  rss: [{ token: 'jpmorgan-chase', employer: 'jpmorgan-chase', postings: JPMORGAN_CHASE }],
  atom: [{ token: 'amazon', employer: 'amazon', postings: AMAZON }],
  html: [{ token: 'apple', employer: 'apple', postings: APPLE }],
} satisfies Record<string, Board[]>;

export type BoardKind = keyof typeof BOARDS;

export function findBoard(kind: BoardKind, token: string): Board | undefined {
  return (BOARDS[kind] as Board[]).find((b) => b.token === token);
}

/** Postings sharing a ref are language versions of one requisition. */
export function groupByRef(postings: DemoPosting[]): DemoPosting[][] {
  const groups = new Map<string, DemoPosting[]>();
  for (const p of postings) groups.set(p.ref, [...(groups.get(p.ref) ?? []), p]);
  return [...groups.values()];
}
