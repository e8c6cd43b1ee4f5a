// Words of realistic customer-service postings in the board's languages, for the benchmark's
// generator and the search tests. Titles follow how employers in each market actually write them.

export type Role = 'call_center' | 'tech_support' | 'crm_manager' | 'social_media' | 'customer_service' | 'cs_coordinator' | 'sales_support';

export interface Market {
  country: string;
  language: string;
  currency: string;
  /** Typical monthly pay of an agent, in `currency`. */
  monthly: number;
  cities: string[];
}

export const MARKETS: Market[] = [
  { country: 'EE', language: 'et', currency: 'EUR', monthly: 1500, cities: ['Tallinn', 'Tartu', 'Pärnu', 'Narva'] },
  { country: 'NO', language: 'nb', currency: 'NOK', monthly: 38000, cities: ['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Tromsø'] },
  { country: 'PL', language: 'pl', currency: 'PLN', monthly: 6500, cities: ['Warszawa', 'Kraków', 'Łódź', 'Wrocław', 'Gdańsk', 'Poznań'] },
  { country: 'GR', language: 'el', currency: 'EUR', monthly: 1000, cities: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Athens'] },
  { country: 'DE', language: 'de', currency: 'EUR', monthly: 2800, cities: ['Berlin', 'München', 'Hamburg', 'Köln', 'Leipzig'] },
  { country: 'FI', language: 'fi', currency: 'EUR', monthly: 2400, cities: ['Helsinki', 'Espoo', 'Tampere', 'Oulu'] },
  { country: 'SE', language: 'sv', currency: 'SEK', monthly: 28000, cities: ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'] },
  { country: 'GB', language: 'en', currency: 'GBP', monthly: 2000, cities: ['London', 'Manchester', 'Glasgow', 'Leeds'] },
  { country: 'IE', language: 'en', currency: 'EUR', monthly: 2300, cities: ['Dublin', 'Cork', 'Galway'] },
  { country: 'US', language: 'en', currency: 'USD', monthly: 3200, cities: ['Austin', 'Dallas', 'Phoenix', 'Atlanta', 'Seattle'] },
];

export const TITLES: Record<string, Record<Role, string[]>> = {
  en: {
    call_center: ['Call Center Agent', 'Inbound Call Centre Advisor', 'Contact Centre Representative'],
    tech_support: ['Technical Support Specialist', 'IT Helpdesk Technician', 'Technical Support Engineer'],
    crm_manager: ['CRM Manager', 'Customer Retention Manager', 'CRM Specialist'],
    social_media: ['Social Media Customer Care Agent', 'Community Support Specialist'],
    customer_service: ['Customer Service Representative', 'Customer Support Advisor', 'Customer Care Agent'],
    cs_coordinator: ['Customer Service Coordinator', 'Service Desk Coordinator'],
    sales_support: ['Sales Support Representative', 'Inside Sales Support Agent'],
  },
  et: {
    call_center: ['Kõnekeskuse klienditeenindaja', 'Kõnekeskuse operaator'],
    tech_support: ['Tehnilise toe spetsialist', 'IT-kasutajatoe spetsialist'],
    crm_manager: ['CRM-juht', 'Kliendisuhete juht'],
    social_media: ['Sotsiaalmeedia klienditeenindaja'],
    customer_service: ['Klienditeenindaja', 'Klienditeeninduse spetsialist'],
    cs_coordinator: ['Klienditeeninduse koordinaator'],
    sales_support: ['Müügitoe spetsialist'],
  },
  nb: {
    call_center: ['Kundesentermedarbeider', 'Telefonrådgiver kundesenter'],
    tech_support: ['Teknisk support', 'IT-brukerstøtte', 'Supporttekniker'],
    crm_manager: ['CRM-ansvarlig', 'Kundeansvarlig CRM'],
    social_media: ['Kundeservice i sosiale medier'],
    customer_service: ['Kundeservicemedarbeider', 'Kundeservicerådgiver', 'Kundebehandler'],
    cs_coordinator: ['Kundeservicekoordinator'],
    sales_support: ['Salgsstøtte', 'Innesalg og kundeservice'],
  },
  pl: {
    call_center: ['Konsultant Call Center', 'Konsultant infolinii'],
    tech_support: ['Specjalista ds. wsparcia technicznego', 'Konsultant Helpdesk IT'],
    crm_manager: ['Kierownik ds. CRM', 'Specjalista CRM'],
    social_media: ['Specjalista ds. obsługi klienta w mediach społecznościowych'],
    customer_service: ['Specjalista ds. obsługi klienta', 'Konsultant ds. obsługi klienta'],
    cs_coordinator: ['Koordynator zespołu obsługi klienta'],
    sales_support: ['Specjalista ds. wsparcia sprzedaży'],
  },
  el: {
    call_center: ['Εκπρόσωπος τηλεφωνικού κέντρου', 'Call Center Agent'],
    tech_support: ['Τεχνική υποστήριξη πελατών', 'Technical Support Specialist'],
    crm_manager: ['Υπεύθυνος CRM'],
    social_media: ['Εξυπηρέτηση πελατών μέσω social media'],
    customer_service: ['Υπάλληλος εξυπηρέτησης πελατών', 'Εκπρόσωπος εξυπηρέτησης πελατών'],
    cs_coordinator: ['Συντονιστής εξυπηρέτησης πελατών'],
    sales_support: ['Υποστήριξη πωλήσεων'],
  },
  de: {
    call_center: ['Call Center Agent (m/w/d)', 'Mitarbeiter Kundenhotline (m/w/d)'],
    tech_support: ['Mitarbeiter Technischer Support (m/w/d)', 'IT-Support Spezialist (m/w/d)'],
    crm_manager: ['CRM Manager (m/w/d)'],
    social_media: ['Social Media Kundenbetreuer (m/w/d)'],
    customer_service: ['Kundenservice Mitarbeiter (m/w/d)', 'Kundenberater (m/w/d)'],
    cs_coordinator: ['Teamkoordinator Kundenservice (m/w/d)'],
    sales_support: ['Vertriebsinnendienst (m/w/d)'],
  },
  fi: {
    call_center: ['Puhelinpalveluneuvoja', 'Asiakaspalvelija, contact center'],
    tech_support: ['Tekninen tuki', 'IT-tukihenkilö'],
    crm_manager: ['CRM-päällikkö'],
    social_media: ['Somen asiakaspalvelija'],
    customer_service: ['Asiakaspalvelija', 'Asiakasneuvoja'],
    cs_coordinator: ['Asiakaspalvelun koordinaattori'],
    sales_support: ['Myynnin tuki'],
  },
  sv: {
    call_center: ['Kundtjänstmedarbetare, kontaktcenter', 'Telefonsäljare'],
    tech_support: ['Teknisk support', 'IT-supporttekniker'],
    crm_manager: ['CRM-ansvarig'],
    social_media: ['Kundtjänst i sociala medier'],
    customer_service: ['Kundtjänstmedarbetare', 'Kundservicemedarbetare'],
    cs_coordinator: ['Kundtjänstkoordinator'],
    sales_support: ['Säljsupport'],
  },
};

export const SENIORITY_PREFIX: Record<string, Record<string, string>> = {
  team_leader: { en: 'Team Leader', et: 'Meeskonnajuht', nb: 'Teamleder', pl: 'Lider zespołu', el: 'Team Leader', de: 'Teamleiter', fi: 'Tiiminvetäjä', sv: 'Teamledare' },
  supervisor: { en: 'Supervisor', et: 'Vahetuse juht', nb: 'Skiftleder', pl: 'Supervisor', el: 'Επόπτης', de: 'Supervisor', fi: 'Esihenkilö', sv: 'Arbetsledare' },
  manager: { en: 'Manager', et: 'Juht', nb: 'Leder', pl: 'Kierownik', el: 'Διευθυντής', de: 'Leiter', fi: 'Päällikkö', sv: 'Chef' },
};

/** Sentences of a description, per language; a posting takes a handful. */
export const SENTENCES: Record<string, string[]> = {
  en: [
    'You will help our customers by phone, chat and email.',
    'Fluent English is required; a second language is an advantage.',
    'We offer paid training, a modern office and a friendly team.',
    'Shifts include evenings and weekends on a rotating schedule.',
    'You solve problems with patience and a positive attitude.',
    'Experience with CRM systems such as Salesforce or Zendesk is a plus.',
  ],
  et: [
    'Sinu ülesandeks on klientide nõustamine telefoni, e-kirja ja vestluse teel.',
    'Ootame head eesti ja inglise keele oskust.',
    'Pakume väljaõpet, sõbralikku meeskonda ja kaasaegset kontorit.',
    'Töö toimub graafiku alusel, ka õhtuti ja nädalavahetustel.',
  ],
  nb: [
    'Du vil hjelpe kundene våre på telefon, chat og e-post.',
    'Du snakker og skriver godt norsk og engelsk.',
    'Vi tilbyr opplæring, et godt arbeidsmiljø og fleksible arbeidstider.',
    'Stillingen innebærer turnus med kvelds- og helgevakter.',
  ],
  pl: [
    'Twoim zadaniem będzie obsługa klienta przez telefon, czat i e-mail.',
    'Wymagamy bardzo dobrej znajomości języka polskiego i angielskiego.',
    'Oferujemy umowę o pracę, szkolenia i prywatną opiekę medyczną.',
    'Praca w systemie zmianowym, również w weekendy.',
  ],
  el: [
    'Θα εξυπηρετείτε τους πελάτες μας μέσω τηλεφώνου, chat και email.',
    'Απαιτείται άριστη γνώση ελληνικών και αγγλικών.',
    'Προσφέρουμε εκπαίδευση, ανταγωνιστικές αποδοχές και ασφάλιση.',
    'Εργασία σε κυλιόμενες βάρδιες, και Σαββατοκύριακα.',
  ],
  de: [
    'Sie beraten unsere Kunden telefonisch, per Chat und E-Mail.',
    'Sehr gute Deutsch- und Englischkenntnisse setzen wir voraus.',
    'Wir bieten eine strukturierte Einarbeitung und ein modernes Büro.',
    'Die Arbeitszeiten umfassen Früh- und Spätschichten.',
  ],
  fi: [
    'Autat asiakkaitamme puhelimessa, chatissa ja sähköpostitse.',
    'Edellytämme sujuvaa suomen ja englannin kielen taitoa.',
    'Tarjoamme perehdytyksen ja mukavan työyhteisön.',
    'Työ on vuorotyötä, myös iltaisin ja viikonloppuisin.',
  ],
  sv: [
    'Du hjälper våra kunder via telefon, chatt och e-post.',
    'Du talar och skriver svenska och engelska obehindrat.',
    'Vi erbjuder utbildning, trevliga kollegor och friskvårdsbidrag.',
    'Arbetstiderna är schemalagda, även kvällar och helger.',
  ],
};

/** Employers that recur across markets; the generator adds a long tail of local ones. */
export const BIG_EMPLOYERS = [
  'Amazon', 'Apple', 'American Express', 'JPMorgan Chase', 'Delta Air Lines', 'The Home Depot', 'Optum', 'Southwest Airlines',
  'Hilton', 'Teleperformance', 'Concentrix', 'TaskUs', 'Telia', 'Elisa', 'Telenor', 'Allegro', 'Zalando', 'Klarna', 'Bolt', 'Wise',
];

export const EMPLOYER_SUFFIXES = ['Services', 'Solutions', 'Group', 'Support', 'Care', 'Logistics', 'Energy', 'Bank', 'Telecom', 'Retail'];
export const EMPLOYER_STEMS = ['Nordic', 'Baltic', 'Aurora', 'Polar', 'Vistula', 'Aegean', 'Fjord', 'Lakeland', 'Hansa', 'Meridian', 'Kestrel', 'Harbor'];
