import type { Lang, Role } from '../data/posting.types';

// Word pools for the generated benchmark postings. They only need to look like real ads to
// the parser and the classifier (varied titles, languages, cities and salaries), not to read
// like the hand-written demo postings.

export const BENCH_EMPLOYERS = [
  'Nordic Care Contact Centres',
  'Hilton Reservations & Customer Care',
  'American Express',
  'Delta Air Lines',
  'Optum',
  'Southwest Airlines',
  'JPMorgan Chase & Co.',
  'Amazon',
  'Apple',
  'The Home Depot',
  'Kundenwerk GmbH',
  'Põhjala Pank AS',
];

export const BENCH_TITLES: Record<Lang, Array<[Role, string]>> = {
  en: [
    ['call_center', 'Call Centre Agent'],
    ['tech_support', 'Help Desk Analyst'],
    ['crm_manager', 'Customer Success Manager'],
    ['social_media', 'Social Media Care Specialist'],
    ['customer_service', 'Customer Service Representative'],
    ['cs_coordinator', 'Customer Service Coordinator'],
    ['sales_support', 'Sales Support Administrator'],
  ],
  et: [
    ['call_center', 'Kõnekeskuse konsultant'],
    ['tech_support', 'IT-toe spetsialist'],
    ['crm_manager', 'Kliendisuhete juht'],
    ['social_media', 'Sotsiaalmeedia juht'],
    ['customer_service', 'Klienditeenindaja'],
    ['cs_coordinator', 'Klienditeeninduse koordinaator'],
    ['sales_support', 'Müügitoe spetsialist'],
  ],
  nb: [
    ['call_center', 'Kundeveileder i kundesenter'],
    ['tech_support', 'IT-support servicedesk'],
    ['crm_manager', 'CRM-ansvarlig'],
    ['social_media', 'SoMe-ansvarlig'],
    ['customer_service', 'Kundeservicemedarbeider'],
    ['cs_coordinator', 'Ordrekoordinator kundeservice'],
    ['sales_support', 'Salgsstøtte'],
  ],
  pl: [
    ['call_center', 'Konsultant call center'],
    ['tech_support', 'Specjalista helpdesk I linii'],
    ['crm_manager', 'Specjalista ds. CRM'],
    ['social_media', 'Specjalista ds. mediów społecznościowych'],
    ['customer_service', 'Doradca klienta'],
    ['cs_coordinator', 'Koordynator ds. obsługi klienta'],
    ['sales_support', 'Asystent działu sprzedaży'],
  ],
  el: [
    ['call_center', 'Εκπρόσωπος τηλεφωνικού κέντρου'],
    ['tech_support', 'Τεχνική υποστήριξη χρηστών'],
    ['crm_manager', 'Υπεύθυνος CRM'],
    ['social_media', 'Υπεύθυνη social media'],
    ['customer_service', 'Υπάλληλος εξυπηρέτησης πελατών'],
    ['cs_coordinator', 'Συντονιστής εξυπηρέτησης πελατών'],
    ['sales_support', 'Στέλεχος υποστήριξης πωλήσεων'],
  ],
  de: [['customer_service', 'Kundenberater (m/w/d)']],
};

export const BENCH_LANGS: Lang[] = ['en', 'et', 'nb', 'pl', 'el'];

export const BENCH_PLACES: Record<Lang, Array<{ city: string; region: string; country: string; currency: string; monthly: [number, number] }>> = {
  en: [
    { city: 'Dublin', region: 'Leinster', country: 'IE', currency: 'EUR', monthly: [2300, 2900] },
    { city: 'Memphis', region: 'TN', country: 'US', currency: 'USD', monthly: [2800, 3400] },
    { city: 'Brighton', region: 'East Sussex', country: 'GB', currency: 'GBP', monthly: [2100, 2600] },
  ],
  et: [
    { city: 'Tallinn', region: 'Harju maakond', country: 'EE', currency: 'EUR', monthly: [1300, 1900] },
    { city: 'Tartu', region: 'Tartu maakond', country: 'EE', currency: 'EUR', monthly: [1200, 1700] },
  ],
  nb: [
    { city: 'Oslo', region: 'Oslo', country: 'NO', currency: 'NOK', monthly: [38000, 46000] },
    { city: 'Bergen', region: 'Vestland', country: 'NO', currency: 'NOK', monthly: [36000, 43000] },
  ],
  pl: [
    { city: 'Warszawa', region: 'mazowieckie', country: 'PL', currency: 'PLN', monthly: [5800, 8200] },
    { city: 'Kraków', region: 'małopolskie', country: 'PL', currency: 'PLN', monthly: [5500, 7800] },
    { city: 'Gdańsk', region: 'pomorskie', country: 'PL', currency: 'PLN', monthly: [5400, 7500] },
  ],
  el: [
    { city: 'Αθήνα', region: 'Αττική', country: 'GR', currency: 'EUR', monthly: [1000, 1400] },
    { city: 'Θεσσαλονίκη', region: 'Κεντρική Μακεδονία', country: 'GR', currency: 'EUR', monthly: [950, 1300] },
  ],
  de: [{ city: 'Berlin', region: 'Berlin', country: 'DE', currency: 'EUR', monthly: [2600, 3200] }],
};

export const BENCH_SENTENCES: Record<Lang, string[]> = {
  en: [
    'You will answer customers by phone, chat and e-mail and solve their questions at the first contact whenever possible.',
    'Our training programme takes three weeks and covers products, systems and the way we talk to customers.',
    'You log every contact in the CRM so that colleagues can pick up where you left off.',
    'We measure quality by listening to calls together and agreeing on one thing to improve each week.',
    'The team works in shifts between 7:00 and 22:00, planned two weeks ahead.',
    'You escalate technical faults to the second line with a clear description and the steps already tried.',
    'Experience in customer service, retail or hospitality helps, but attitude matters more than a CV.',
    'We offer a permanent contract, private health insurance and a yearly training budget.',
  ],
  et: [
    'Vastad klientide küsimustele telefoni, vestluse ja e-posti teel ning lahendad need võimalusel esimese kontakti ajal.',
    'Väljaõpe kestab kolm nädalat ja hõlmab tooteid, süsteeme ning meie teenindusstiili.',
    'Iga pöördumise registreerid kliendihaldussüsteemis, et kolleeg saaks vajadusel jätkata.',
    'Kvaliteeti hindame koos kõnesid kuulates ja lepime igal nädalal kokku ühe arenguteema.',
    'Töö toimub vahetustega kell 7–22, graafik koostatakse kaks nädalat ette.',
    'Tehnilised rikked edastad teisele tasandile koos selge kirjelduse ja tehtud sammudega.',
    'Klienditeeninduse kogemus on plussiks, kuid suhtumine on olulisem kui CV.',
    'Pakume tähtajatut lepingut, tervisekindlustust ja iga-aastast koolituseelarvet.',
  ],
  nb: [
    'Du svarer kunder på telefon, chat og e-post og løser henvendelsen i første kontakt når det er mulig.',
    'Opplæringen varer tre uker og dekker produkter, systemer og hvordan vi snakker med kundene.',
    'Du registrerer alle henvendelser i CRM-systemet slik at kollegaer kan følge opp.',
    'Vi jobber med kvalitet ved å lytte på samtaler sammen og velge ett forbedringspunkt hver uke.',
    'Teamet jobber turnus mellom 07.00 og 22.00, planlagt to uker frem i tid.',
    'Du sender tekniske feil videre til 2. linje med en tydelig beskrivelse.',
    'Erfaring fra kundeservice, butikk eller hotell er en fordel, men holdning betyr mest.',
    'Vi tilbyr fast ansettelse, helseforsikring og et årlig opplæringsbudsjett.',
  ],
  pl: [
    'Odpowiadasz klientom przez telefon, czat i e-mail, rozwiązując sprawy przy pierwszym kontakcie, gdy tylko to możliwe.',
    'Szkolenie wdrożeniowe trwa trzy tygodnie i obejmuje produkty, systemy oraz standardy rozmów.',
    'Każdy kontakt rejestrujesz w systemie CRM, aby koledzy mogli kontynuować sprawę.',
    'Jakość mierzymy, słuchając wspólnie rozmów i ustalając co tydzień jeden obszar do poprawy.',
    'Zespół pracuje w systemie zmianowym w godzinach 7:00–22:00, grafik układamy dwa tygodnie wcześniej.',
    'Usterki techniczne przekazujesz do drugiej linii z jasnym opisem i wykonanymi krokami.',
    'Doświadczenie w obsłudze klienta będzie atutem, ale najważniejsze jest nastawienie.',
    'Oferujemy umowę o pracę, prywatną opiekę medyczną i roczny budżet szkoleniowy.',
  ],
  el: [
    'Εξυπηρετείς πελάτες μέσω τηλεφώνου, chat και email και επιλύεις τα αιτήματά τους από την πρώτη επαφή.',
    'Η εκπαίδευση διαρκεί τρεις εβδομάδες και καλύπτει προϊόντα, συστήματα και τον τρόπο επικοινωνίας μας.',
    'Καταγράφεις κάθε επικοινωνία στο σύστημα CRM ώστε οι συνάδελφοι να συνεχίζουν απρόσκοπτα.',
    'Αξιολογούμε την ποιότητα ακούγοντας μαζί κλήσεις και ορίζοντας κάθε εβδομάδα έναν στόχο βελτίωσης.',
    'Η ομάδα εργάζεται σε βάρδιες μεταξύ 07:00 και 22:00, με πρόγραμμα δύο εβδομάδες νωρίτερα.',
    'Προωθείς τις τεχνικές βλάβες στη δεύτερη γραμμή με σαφή περιγραφή.',
    'Η εμπειρία σε εξυπηρέτηση πελατών θα εκτιμηθεί, αλλά η στάση σου μετράει περισσότερο.',
    'Προσφέρουμε σύμβαση αορίστου χρόνου, ιδιωτική ασφάλιση υγείας και ετήσιο εκπαιδευτικό προϋπολογισμό.',
  ],
  de: ['Du beantwortest Kundenanfragen am Telefon, im Chat und per E-Mail.'],
};
