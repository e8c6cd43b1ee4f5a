import type { DemoPosting } from './posting.types';

const EDEN_PRAIRIE = { city: 'Eden Prairie', region: 'MN', country: 'US', postalCode: '55344' };
const DUBLIN = { city: 'Dublin', region: 'Leinster', country: 'IE', postalCode: 'D24' };
const WARSAW = { city: 'Warszawa', region: 'mazowieckie', country: 'PL', postalCode: '02-675' };

const COORDINATOR_EN: DemoPosting = {
  key: 'op-waw-coordinator-en',
  ref: 'OPT2291',
  employer: 'optum',
  title: 'Customer Service Coordinator – Pharmacy Orders (English)',
  lang: 'en',
  role: 'cs_coordinator',
  seniority: 'agent',
  place: { ...WARSAW, city: 'Warsaw' },
  workMode: 'hybrid',
  employmentType: 'FULL_TIME',
  pay: { min: 7200, max: 8600, currency: 'PLN', unit: 'MONTH' },
  department: 'Optum Rx Operations',
  postedDaysAgo: 5,
  closesInDays: 25,
  body: {
    intro: 'Coordinate pharmacy orders for members in the UK and Ireland, from prescription to doorstep, together with pharmacies and couriers.',
    duties: ['Track orders and solve delivery exceptions', 'Coordinate with pharmacies on missing prescriptions', 'Keep members informed by phone and e-mail'],
    profile: ['Fluent English (C1)', 'Experience in order coordination or customer service', 'Strong attention to detail'],
    offer: ['PLN 7,200–8,600 gross per month', 'Hybrid work', 'Medical care and life insurance'],
  },
};

/** The same requisition published in Polish: SmartRecruiters lists it under another id. */
const COORDINATOR_PL: DemoPosting = {
  ...COORDINATOR_EN,
  key: 'op-waw-coordinator-pl',
  title: 'Koordynator/ka ds. obsługi klienta – zamówienia farmaceutyczne',
  lang: 'pl',
  place: WARSAW,
  body: {
    intro: 'Koordynujesz zamówienia leków dla pacjentów w Wielkiej Brytanii i Irlandii – od recepty aż do dostawy – razem z aptekami i kurierami.',
    duties: ['Śledzenie zamówień i rozwiązywanie problemów z dostawą', 'Kontakt z aptekami w sprawie brakujących recept', 'Informowanie pacjentów telefonicznie i mailowo'],
    profile: ['Biegły angielski (C1)', 'Doświadczenie w koordynacji zamówień lub obsłudze klienta', 'Dokładność'],
    offer: ['7 200–8 600 zł brutto miesięcznie', 'Praca hybrydowa', 'Opieka medyczna i ubezpieczenie na życie'],
  },
};

export const OPTUM: DemoPosting[] = [
  {
    key: 'op-remote-member-advocate',
    ref: 'OPT2270',
    employer: 'optum',
    hiringOrganization: 'UnitedHealthcare',
    title: 'Member Services Advocate – Remote',
    lang: 'en',
    role: 'call_center',
    seniority: 'agent',
    place: EDEN_PRAIRIE,
    workMode: 'remote',
    employmentType: 'FULL_TIME',
    pay: { min: 16, max: 28.85, currency: 'USD', unit: 'HOUR' },
    department: 'Customer Service',
    postedDaysAgo: 3,
    closesInDays: 27,
    body: {
      intro: 'Help UnitedHealthcare members understand their benefits, find a doctor and resolve claims questions, all from home.',
      duties: ['Answer inbound member calls about benefits and claims', 'Help members find in-network providers', 'Own issues through to resolution'],
      profile: ['High school diploma or GED', 'One year of customer service experience', 'A dedicated, distraction-free workspace'],
      offer: ['$16.00–$28.85 per hour based on experience', 'Paid training', 'Comprehensive benefits'],
    },
  },
  {
    key: 'op-dub-service-desk',
    ref: 'OPT2278',
    employer: 'optum',
    title: 'Service Desk Analyst',
    lang: 'en',
    role: 'tech_support',
    seniority: 'agent',
    place: DUBLIN,
    workMode: 'hybrid',
    employmentType: 'FULL_TIME',
    pay: { min: 34000, max: 40000, currency: 'EUR', unit: 'YEAR' },
    department: 'Technology',
    postedDaysAgo: 9,
    closesInDays: 21,
    body: {
      intro: 'Support Optum colleagues across Europe with laptops, access and collaboration tools.',
      duties: ['Resolve first-line incidents by phone and chat', 'Manage access requests', 'Escalate to resolver groups with full notes'],
      profile: ['ITIL Foundation or willingness to obtain it', 'One year of service desk experience'],
      offer: ['€34,000–€40,000 per year', 'Pension contribution', 'Hybrid working'],
    },
  },
  COORDINATOR_EN,
  COORDINATOR_PL,
  {
    key: 'op-ep-crm-manager',
    ref: 'OPT2302',
    employer: 'optum',
    title: 'Manager, Customer Experience & Retention',
    lang: 'en',
    role: 'crm_manager',
    seniority: 'manager',
    place: EDEN_PRAIRIE,
    workMode: 'hybrid',
    employmentType: 'FULL_TIME',
    pay: { min: 89300, max: 159300, currency: 'USD', unit: 'YEAR' },
    department: 'Customer Experience',
    postedDaysAgo: 18,
    closesInDays: 12,
    body: {
      intro: 'Lead the programs that keep employer clients and their members with Optum: satisfaction research, save desks and renewal journeys.',
      duties: ['Own retention and NPS programs for employer clients', 'Lead a team of four analysts', 'Present insights to senior leaders'],
      profile: ['Five years in customer experience or CRM', 'People leadership'],
      offer: ['$89,300–$159,300 per year', 'Annual incentive'],
    },
  },
];
