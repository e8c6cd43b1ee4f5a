import type { DemoPosting } from './posting.types';

const ATHENS = { city: 'Αθήνα', region: 'Αττική', country: 'GR', postalCode: '151 25', street: 'Λεωφόρος Κηφισίας 44' };
const ATHENS_EN = { city: 'Athens', region: 'Attica', country: 'GR', postalCode: '151 25', street: '44 Kifisias Avenue' };

// Nordic Care's Athens hub.
export const NORDIC_CARE_ATHENS: DemoPosting[] = [
  {
    key: 'nc-ath-cs-de-el',
    ref: 'NC-5203',
    employer: 'nordic-care',
    title: 'Εκπρόσωπος εξυπηρέτησης πελατών με γερμανικά',
    lang: 'el',
    role: 'customer_service',
    seniority: 'agent',
    place: ATHENS,
    workMode: 'hybrid',
    employmentType: 'FULL_TIME',
    pay: { min: 1250, max: 1400, currency: 'EUR', unit: 'MONTH' },
    department: 'Εξυπηρέτηση Πελατών',
    postedDaysAgo: 3,
    closesInDays: 27,
    body: {
      intro:
        'Το κέντρο μας στην Αθήνα αναζητά εκπροσώπους εξυπηρέτησης πελατών για γνωστό ηλεκτρονικό κατάστημα ένδυσης με πελάτες στη Γερμανία και την Αυστρία.',
      duties: [
        'Απάντηση σε email, chat και τηλεφωνικές κλήσεις στα γερμανικά',
        'Διαχείριση επιστροφών, αλλαγών και επιστροφών χρημάτων',
        'Καταγραφή κάθε επικοινωνίας στο σύστημα CRM',
      ],
      profile: [
        'Άριστη γνώση γερμανικών (C1) και καλή γνώση αγγλικών',
        'Ευχάριστη και επαγγελματική επικοινωνία',
        'Προηγούμενη εμπειρία σε εξυπηρέτηση πελατών θα εκτιμηθεί',
      ],
      offer: [
        'Μικτές αποδοχές 1.250–1.400€ μηνιαίως x14',
        'Υβριδικό μοντέλο εργασίας μετά την εκπαίδευση',
        'Ιδιωτική ασφάλιση υγείας',
        'Γραφεία δίπλα στον σταθμό ΗΣΑΠ Μαρούσι',
      ],
    },
  },
  {
    key: 'nc-ath-crm-el',
    ref: 'NC-5210',
    employer: 'nordic-care',
    title: 'Υπεύθυνος/η CRM και διατήρησης πελατών',
    lang: 'el',
    role: 'crm_manager',
    seniority: 'manager',
    place: ATHENS,
    workMode: 'hybrid',
    employmentType: 'FULL_TIME',
    pay: { min: 28000, max: 34000, currency: 'EUR', unit: 'YEAR' },
    department: 'CRM',
    postedDaysAgo: 16,
    closesInDays: 14,
    body: {
      intro:
        'Αναζητούμε Υπεύθυνο/η CRM που θα σχεδιάζει προγράμματα διατήρησης πελατών (retention) για πελάτη μας στον χώρο των τηλεπικοινωνιών.',
      duties: [
        'Σχεδιασμός και παρακολούθηση καμπανιών διατήρησης πελατών',
        'Ανάλυση δεδομένων αποχωρήσεων και προτάσεις βελτίωσης',
        'Συνεργασία με την ομάδα του τηλεφωνικού κέντρου για τα σενάρια προσφορών',
      ],
      profile: [
        'Τουλάχιστον 4 χρόνια εμπειρία σε CRM ή customer lifecycle',
        'Πολύ καλή γνώση Salesforce ή Dynamics',
        'Άριστη γνώση αγγλικών',
      ],
      offer: ['Ετήσιες μικτές αποδοχές 28.000–34.000€', 'Bonus βάσει στόχων', 'Εκπαιδευτικά προγράμματα'],
    },
  },
  {
    key: 'nc-ath-callcentre-pt-el',
    ref: 'NC-5216',
    employer: 'nordic-care',
    title: 'Εκπρόσωπος τηλεφωνικού κέντρου – μερική απασχόληση',
    lang: 'el',
    role: 'call_center',
    seniority: 'agent',
    place: ATHENS,
    workMode: 'onsite',
    employmentType: 'PART_TIME',
    pay: { min: 5.5, max: 6.2, currency: 'EUR', unit: 'HOUR' },
    department: 'Τηλεφωνικό Κέντρο',
    postedDaysAgo: 6,
    closesInDays: 24,
    body: {
      intro:
        'Για την ελληνική γραμμή εξυπηρέτησης εταιρείας ενέργειας ζητούνται τηλεφωνητές/τριες για απογευματινές βάρδιες τεσσάρων ωρών.',
      duties: [
        'Διαχείριση εισερχόμενων κλήσεων για λογαριασμούς και βλάβες',
        'Ενημέρωση πελατών για προγράμματα τιμολόγησης',
        'Καταχώριση αιτημάτων στο σύστημα',
      ],
      profile: ['Άριστη χρήση ελληνικών', 'Φοιτητές/τριες ευπρόσδεκτοι', 'Βασικές γνώσεις υπολογιστή'],
      offer: ['Ωριαία αμοιβή 5,50–6,20€ μικτά', 'Σταθερό απογευματινό ωράριο 17:00–21:00', 'Πλήρης εκπαίδευση'],
    },
  },
  {
    key: 'nc-ath-head-ops-en',
    ref: 'NC-5220',
    employer: 'nordic-care',
    title: 'Head of Customer Operations, Greece',
    lang: 'en',
    role: 'customer_service',
    seniority: 'director',
    place: ATHENS_EN,
    workMode: 'onsite',
    employmentType: 'FULL_TIME',
    pay: { min: 60000, max: 75000, currency: 'EUR', unit: 'YEAR' },
    department: 'Operations',
    postedDaysAgo: 22,
    closesInDays: 38,
    body: {
      intro:
        'We are looking for the leader of our Athens site: 320 advisers serving customers in eleven languages for clients in travel, retail and energy.',
      duties: [
        'Own the site P&L, service levels and client satisfaction',
        'Lead a team of six operations managers and the support functions on site',
        'Represent Nordic Care in quarterly business reviews with clients',
        'Grow the site to 450 seats over the next two years',
      ],
      profile: [
        'Ten years or more in contact-centre operations, at least five leading managers',
        'Experience running multilingual, multi-client sites',
        'Fluent English; Greek is an advantage',
      ],
      offer: ['EUR 60,000–75,000 gross per year plus annual bonus', 'Company car', 'Private health insurance for your family'],
    },
  },
];
