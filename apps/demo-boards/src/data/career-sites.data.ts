import { HILTON_HOTELS } from './hilton-hotels.data';
import { HILTON_RESERVATIONS } from './hilton-reservations.data';
import { NORDIC_CARE_ATHENS } from './nordic-care-athens.data';
import { NORDIC_CARE_OSLO } from './nordic-care-oslo.data';
import { NORDIC_CARE_TALLINN } from './nordic-care-tallinn.data';
import { NORDIC_CARE_WARSAW } from './nordic-care-warsaw.data';
import type { DemoPosting } from './posting.types';

export interface ExtraLink {
  href: string;
  text: string;
  /** Where the listing shows it: among the job cards (a trap) or in the sidebar/footer. */
  placement: 'job-list' | 'sidebar' | 'footer';
}

export interface CareerSite {
  slug: string;
  employer: string;
  siteName: string;
  tagline: string;
  postings: DemoPosting[];
  pageSize: number;
  /**
   * 'blocks': a BreadcrumbList and a JobPosting in two separate scripts.
   * 'graph': one script with an @graph, the description HTML-escaped as entities.
   */
  jsonLdStyle: 'blocks' | 'graph';
  /** Links on the first listing page that do not lead to a posting. */
  extraLinks: ExtraLink[];
  /** An unknown job URL: an honest 404, or a "no longer available" page served as 200. */
  unknownJob: 'not-found' | 'dressed-200';
  /** This posting's page answers 500 a few times per server instance before it works. */
  flakyPostingKey?: string;
}

export const NORDIC_CARE = [...NORDIC_CARE_TALLINN, ...NORDIC_CARE_OSLO, ...NORDIC_CARE_WARSAW, ...NORDIC_CARE_ATHENS];
export const HILTON = [...HILTON_RESERVATIONS, ...HILTON_HOTELS];

export const NORDIC_CARE_ADVICE_PATH = '/careers/nordic-care/advice/contact-centre-interview-tips/';
export const NORDIC_CARE_INTERNAL_PATH = '/careers/nordic-care/internal/team-leader-referral/';
export const HILTON_DRESSED_404_PATH = '/careers/hilton/jobs/hot0a812-guest-services-agent-orlando/';

export const CAREER_SITES: CareerSite[] = [
  {
    slug: 'nordic-care',
    employer: 'nordic-care',
    siteName: 'Nordic Care Careers',
    tagline: 'Be the voice behind great service – in Tallinn, Oslo, Warsaw or Athens.',
    postings: NORDIC_CARE,
    pageSize: 8,
    jsonLdStyle: 'blocks',
    extraLinks: [
      { href: NORDIC_CARE_ADVICE_PATH, text: 'Career advice: 9 tips for your contact-centre interview', placement: 'sidebar' },
      { href: NORDIC_CARE_INTERNAL_PATH, text: 'For employees: internal openings', placement: 'footer' },
    ],
    unknownJob: 'not-found',
  },
  {
    slug: 'hilton',
    employer: 'hilton',
    siteName: 'Hilton Careers – Reservations & Customer Care',
    tagline: 'Find your place in hospitality.',
    postings: HILTON,
    pageSize: 8,
    jsonLdStyle: 'graph',
    extraLinks: [{ href: HILTON_DRESSED_404_PATH, text: 'Guest Services Agent – Orlando', placement: 'job-list' }],
    unknownJob: 'dressed-200',
    flakyPostingKey: 'hi-car-guest-coordinator',
  },
];

export function careerSite(slug: string): CareerSite | undefined {
  return CAREER_SITES.find((s) => s.slug === slug);
}
