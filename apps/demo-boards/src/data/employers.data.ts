import type { Employer } from './posting.types';

// Nine headline employers appear under their real names with invented postings; the rest
// (Nordic Care, Kundenwerk, Põhjala Pank, Stillwater Studios) are fictional.
export const EMPLOYERS: Record<string, Employer> = {
  'nordic-care': {
    id: 'nordic-care',
    name: 'Nordic Care Contact Centres',
    website: 'https://www.nordiccare.example.test',
    logo: '/static/logos/nordic-care.svg',
    about: {
      en: 'Nordic Care runs multilingual customer service for airlines, energy companies and online shops from four hubs in Tallinn, Oslo, Warsaw and Athens. About 1,400 advisers answer calls, chats and e-mails in 19 languages.',
      et: 'Nordic Care pakub mitmekeelset klienditeenindust lennufirmadele, energiaettevõtetele ja e-poodidele neljast keskusest: Tallinnas, Oslos, Varssavis ja Ateenas.',
      nb: 'Nordic Care leverer flerspråklig kundeservice til flyselskaper, energiselskaper og nettbutikker fra fire sentre i Tallinn, Oslo, Warszawa og Athen.',
      pl: 'Nordic Care obsługuje klientów linii lotniczych, firm energetycznych i sklepów internetowych w 19 językach z czterech centrów: w Tallinie, Oslo, Warszawie i Atenach.',
      el: 'Η Nordic Care παρέχει πολύγλωσση εξυπηρέτηση πελατών σε αεροπορικές εταιρείες, εταιρείες ενέργειας και ηλεκτρονικά καταστήματα από τέσσερα κέντρα: Ταλίν, Όσλο, Βαρσοβία και Αθήνα.',
    },
  },
  hilton: {
    id: 'hilton',
    name: 'Hilton',
    website: 'https://jobs.hilton.com',
    logo: '/static/logos/hilton.svg',
    about: {
      en: 'Hilton is a leading global hospitality company with a portfolio of more than 20 brands. Hilton Reservations & Customer Care (HRCC) is the team guests reach when they book a stay, change a reservation or need help with Hilton Honors.',
      pl: 'Hilton to jedna z wiodących firm hotelarskich na świecie, z ponad 20 markami w portfolio.',
      et: 'Hilton on üks maailma juhtivaid hotellikette, mille portfellis on üle 20 kaubamärgi.',
      el: 'Η Hilton είναι μία από τις κορυφαίες εταιρείες φιλοξενίας παγκοσμίως, με περισσότερες από 20 μάρκες ξενοδοχείων.',
    },
  },
  'american-express': {
    id: 'american-express',
    name: 'American Express',
    website: 'https://www.americanexpress.com',
    logo: '/static/logos/amex.svg',
    about: {
      en: 'At American Express, our culture is built on a 175-year history of innovation, shared values and an unwavering commitment to backing our customers, communities and colleagues.',
    },
  },
  delta: {
    id: 'delta',
    name: 'Delta Air Lines',
    website: 'https://www.delta.com',
    logo: '/static/logos/delta.svg',
    about: {
      en: 'Delta Air Lines connects people to places around the world. Our Reservations Sales and Customer Care teams help more than half a million customers every day, by phone, chat and at the airport.',
    },
  },
  optum: {
    id: 'optum',
    name: 'Optum',
    website: 'https://www.optum.com',
    logo: '/static/logos/optum.svg',
    about: {
      en: 'Optum, part of UnitedHealth Group, is a health services company helping people live healthier lives and helping make the health system work better for everyone.',
      pl: 'Optum, część UnitedHealth Group, to firma z branży usług zdrowotnych, która pomaga ludziom żyć zdrowiej.',
    },
  },
  southwest: {
    id: 'southwest',
    name: 'Southwest Airlines',
    website: 'https://www.southwest.com',
    logo: '/static/logos/southwest.svg',
    about: {
      en: 'Southwest Airlines has been connecting people to what is important in their lives through friendly, reliable and low-cost air travel since 1971.',
    },
  },
  'jpmorgan-chase': {
    id: 'jpmorgan-chase',
    name: 'JPMorgan Chase & Co.',
    website: 'https://www.jpmorganchase.com',
    logo: '/static/logos/jpmc.svg',
    about: {
      en: 'JPMorgan Chase & Co. is a leading financial services firm serving millions of consumers and small businesses in the United States through Chase, and clients worldwide through J.P. Morgan.',
    },
  },
  amazon: {
    id: 'amazon',
    name: 'Amazon',
    website: 'https://www.amazon.jobs',
    logo: '/static/logos/amazon.svg',
    about: {
      en: 'Amazon strives to be Earth’s most customer-centric company. Our Customer Service teams answer customers in more than 20 languages, from home and from our sites across Europe.',
      pl: 'Amazon chce być najbardziej zorientowaną na klienta firmą na świecie. Nasze zespoły obsługi klienta pracują w ponad 20 językach.',
    },
  },
  apple: {
    id: 'apple',
    name: 'Apple',
    website: 'https://www.apple.com/careers',
    logo: '/static/logos/apple.svg',
    about: {
      en: 'Apple’s AppleCare teams help customers get the most out of their products, by phone, chat and in person.',
    },
  },
  'home-depot': {
    id: 'home-depot',
    name: 'The Home Depot',
    website: 'https://careers.homedepot.com',
    logo: '/static/logos/home-depot.svg',
    about: {
      en: 'The Home Depot is the world’s largest home improvement retailer. Our remote customer care associates help DIYers and Pros with orders, deliveries and installations.',
    },
  },
  kundenwerk: {
    id: 'kundenwerk',
    name: 'Kundenwerk GmbH',
    website: 'https://kundenwerk.example.test',
    logo: '/static/logos/kundenwerk.svg',
    about: {
      en: 'Kundenwerk is a Berlin customer-service provider for energy and telecom brands, with a second site in Tallinn.',
      de: 'Kundenwerk ist ein Berliner Kundenservice-Dienstleister für Energie- und Telekommunikationsmarken mit einem zweiten Standort in Tallinn.',
    },
  },
  'pohjala-pank': {
    id: 'pohjala-pank',
    name: 'Põhjala Pank AS',
    website: 'https://pohjalapank.example.test',
    logo: '/static/logos/pohjala-pank.svg',
    about: {
      en: 'Põhjala Pank is an Estonian retail bank serving 310,000 private and business customers online and in twelve branches.',
      et: 'Põhjala Pank on Eesti jaepank, mis teenindab 310 000 era- ja äriklienti internetis ning kaheteistkümnes kontoris.',
    },
  },
  stillwater: {
    id: 'stillwater',
    name: 'Stillwater Studios GmbH',
    website: 'https://stillwater.example.test',
    logo: '/static/logos/stillwater.svg',
    about: { en: 'Stillwater Studios is a small game studio with no open positions right now.' },
  },
};

export function employerOf(id: string): Employer {
  const employer = EMPLOYERS[id];
  if (!employer) throw new Error(`demo data refers to unknown employer "${id}"`);
  return employer;
}
