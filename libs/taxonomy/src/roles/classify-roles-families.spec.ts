import type { Role } from '../types';
import { classifyRoles } from './classify-roles';

// Word families and rules that must hold in every language, not only in the phrasings the
// lexicon was first written from. Each case is a phrasing of its own.

const roles = (title: string, description = ''): Role[] => classifyRoles({ title, description }).roles;
const rules = (title: string, description = ''): string[] => classifyRoles({ title, description }).explanation.map((e) => e.rule);

describe('reservations and booking desks are call-centre work in every language', () => {
  it.each([
    'Booking Advisor – Holiday Lettings',
    'Broneeringute spetsialist (hotell)',
    'Reservasjonsrådgiver',
    'Bokningshandläggare, resebyrå',
    'Varausneuvoja, matkatoimisto',
    'Sachbearbeiter Reservierung (m/w/d)',
    'Specjalistka ds. rezerwacji grupowych',
    'Υπάλληλος Κρατήσεων Ξενοδοχείου',
  ])('%s → call_center', (title) => {
    expect(roles(title)).toEqual(['call_center']);
  });

  it('does not read Greek pay deductions ("κρατήσεις") in a description as reservations work', () => {
    expect(roles('Support Advisor', 'Ο μισθός καταβάλλεται μετά τις νόμιμες κρατήσεις.')).toEqual([]);
  });

  it('leaves a receptionist who takes reservations a receptionist', () => {
    expect(roles('Front Office Receptionist', 'Check guests in and take room reservations by phone.')).toEqual([]);
  });
});

describe('telephone sales and information lines, compounded or spelt out', () => {
  it.each([
    'Konsultantka ds. sprzedaży telefonicznej',
    'Στέλεχος Τηλεφωνικών Πωλήσεων',
    'Mitarbeiter telefonischer Verkauf (m/w/d)',
    'Infotelefoni nõustaja',
  ])('%s → call_center', (title) => {
    expect(roles(title)).toEqual(['call_center']);
  });
});

describe('contact-centre compounds and phrases', () => {
  it.each([
    'Advisor – Customer Service Centre',
    'Kontaktkeskuse nõustaja',
    'Rådgiver i kundeservicesenteret',
    'Kundrådgivare till vårt kontaktcenter',
    'Asiakasneuvoja yhteyskeskukseen',
    'Asiakaspalvelukeskuksen neuvoja',
    'Mitarbeiter im Kundenservice-Center (m/w/d)',
    'Doradca w centrum kontaktowym banku',
    'Συνεργάτης Κέντρου Επικοινωνίας Πελατών',
  ])('%s → call_center', (title) => {
    expect(roles(title)).toEqual(['call_center']);
  });
});

describe('customer operations and relations departments', () => {
  it.each([
    ['VP, Customer Operations', ['customer_service']],
    ['Customer Operations Lead', ['customer_service']],
    ['Passenger Relations Officer', ['customer_service']],
    ['Customer Service Operations Analyst', ['customer_service']],
  ])('%s → %j', (title, expected) => {
    expect(roles(title)).toEqual(expected);
  });
});

describe('product and digital support is tech support', () => {
  it.each([
    'AppleCare Senior Advisor (Mac)',
    'Geek Squad Consultation Agent',
    'Home Tech Advisor',
    'Mobile App Support Representative',
    'Online Banking Support Officer',
    'Digitoe spetsialist',
    'Rådgiver nettbankstøtte',
    'Appsupport till vår bank',
    'Digituen neuvoja',
    'App-Support Mitarbeiter (m/w/d)',
    'Konsultant ds. wsparcia bankowości mobilnej',
    'Στέλεχος Ψηφιακής Υποστήριξης',
  ])('%s → tech_support', (title) => {
    expect(roles(title)).toEqual(['tech_support']);
  });

  it('keeps a mobile support worker (care) out', () => {
    expect(roles('Mobile Support Worker')).toEqual([]);
  });
});

describe('support engineers in every language, network engineers still out', () => {
  it.each([
    'Helpdesk Engineer',
    'Tehnilise toe insener (tarkvara)',
    'Supportingeniør',
    'Supportingenjör',
    'Tukiinsinööri',
    'Support-Ingenieur (m/w/d)',
    'Inżynier wsparcia technicznego',
    'Μηχανικός Τεχνικής Υποστήριξης',
  ])('%s → tech_support', (title) => {
    expect(roles(title)).toEqual(['tech_support']);
  });

  it.each(['Nettverksingeniør', 'Inżynier sieci', 'Võrguinsener'])('%s → []', (title) => {
    expect(roles(title)).toEqual([]);
  });
});

describe('a bare "support <agent word>" title takes its kind from the description', () => {
  it('reads tech support, call-centre work or customer service from the description', () => {
    expect(roles('Support Specialist', 'You will troubleshoot laptops and VPN access as part of our IT support team.')).toEqual(['tech_support']);
    expect(roles('Support Advisor', 'Answer inbound calls in our contact centre about bills and tariffs.')).toEqual(['call_center']);
    expect(roles('Support Advisor', 'Help customers with orders and returns as part of the customer service team, by e-mail and chat.')).toEqual([
      'customer_service',
    ]);
  });

  it('takes a contact centre as the workplace as confirmation, but not reservations alone', () => {
    expect(roles('Support Associate', 'Join the team of our contact centre in Riga; training is paid.')).toEqual(['customer_service']);
    expect(roles('Guest Service Agent', 'Take room reservations for our hotel and welcome guests.')).toEqual([]);
  });

  it('gives nothing when the description confirms no kind of support', () => {
    expect(roles('Support Officer', 'Support adults with learning disabilities in their own homes.')).toEqual([]);
  });
});

describe('social media titles written as one word', () => {
  it.each(['Somevastaava', 'Someansvarlig, kundeservice'])('%s names social media', (title) => {
    expect(roles(title)).toContain('social_media');
  });
});

describe('retention and loyalty name a relationship role in a title', () => {
  it.each([
    'Head of Loyalty & Retention',
    'Customer Experience and Retention Lead',
    'Specjalistka ds. retencji',
    'Lojalitetsrådgiver',
    'Lojalitetsansvarig',
    'Referent Kundenrückgewinnung (m/w/d)',
    'Kanta-asiakasasiantuntija',
    'Lojaalsusprogrammi spetsialist',
    'Υπεύθυνος Προγράμματος Επιβράβευσης',
  ])('%s → crm_manager', (title) => {
    expect(roles(title)).toEqual(['crm_manager']);
  });

  it('is only weak evidence in a description, and records retention is not it', () => {
    expect(roles('Customer Care Advisor', 'Help customers by e-mail and chat; a retention bonus is paid after a year.')).toEqual(['customer_service']);
    expect(roles('Records Retention Clerk')).toEqual([]);
    expect(roles('Employee Retention Partner')).toEqual([]);
    expect(roles('HR Advisor – Retention')).toEqual([]);
    expect(roles('Customer Retention Agent – $19/hr')).toEqual(['crm_manager']);
  });
});

describe('designers and researchers of the customer experience are not service roles', () => {
  it.each([
    'Customer Experience Designer',
    'Service Designer – Customer Journeys',
    'Customer Experience Researcher',
    'Tjenestedesigner kundeopplevelse',
    'Palvelumuotoilija (asiakaskokemus)',
    'Teenusedisainer, klienditeenindus',
    'UX-Designerin Kundenerlebnis (m/w/d)',
  ])('%s → []', (title) => {
    expect(roles(title)).toEqual([]);
  });

  it('keeps the managers of it: customer service, or relationships when retention is named', () => {
    expect(roles('Customer Experience Manager')).toEqual(['customer_service']);
    expect(roles('Customer Experience & Retention Manager')).toEqual(['crm_manager']);
  });
});

describe('guest-facing service titles need the description', () => {
  it('confirms guest relations from customer-service work, not from the front desk', () => {
    const service = 'Handle guest complaints and feedback for our customer service department by e-mail.';
    expect(roles('Guest Relations Executive', service)).toEqual(['customer_service']);
    expect(roles('Guest Relations Agent', 'Welcome hotel guests at the front desk and check them in.')).toEqual([]);
    const frontOffice = 'Give great customer service at our reception: answer incoming calls and take room reservations.';
    expect(roles('Guest Service Agent', frontOffice)).toEqual([]);
    expect(rules('Guest Service Agent', frontOffice)).toContain('weak-title-term-at-front-desk');
    expect(roles('Gjesteservicemedarbeider', 'Du jobber i resepsjonen og hjelper gjestene våre med kundeservice.')).toEqual([]);
    expect(roles('Koordynator obsługi gości', 'Koordynujesz zgłoszenia gości z działem obsługi klienta.')).toEqual(['cs_coordinator']);
  });
});

describe('order coordinators in every language', () => {
  it.each([
    'Orders Coordinator – Spare Parts',
    'Tellimuste koordinaator',
    'Ordre-koordinator',
    'Auftragskoordinatorin',
    'Koordynatorka ds. realizacji zamówień',
    'Συντονιστής Παραγγελιών Πελατών',
  ])('%s → cs_coordinator', (title) => {
    expect(roles(title)).toEqual(['cs_coordinator']);
  });

  it('keeps the coordinator of "customer care coordinator" while "care coordinator" alone stays clinical', () => {
    expect(roles('Client Care Coordinator – Online Orders')).toEqual(['cs_coordinator']);
    expect(roles('Care Coordinator – Community Nursing')).toEqual([]);
  });

  it('reads the Polish "dział handlowy" as sales back office', () => {
    expect(roles('Asystent działu handlowego')).toEqual(['sales_support']);
  });
});

describe('channels named in the description, in every language', () => {
  it.each([
    ['Kundeservicemedarbeider', 'Du hjelper kunder per telefon med fakturaer.'],
    ['Kundtjänstmedarbetare', 'Du hjälper kunder via telefon med fakturor.'],
    ['Kundenberater (m/w/d)', 'Sie beraten Kunden telefonisch zu Tarifen.'],
    ['Klienditeenindaja', 'Nõustad kliente telefoni teel arvete osas.'],
    ['Υπάλληλος Εξυπηρέτησης Πελατών', 'Εξυπηρετείς πελάτες μέσω τηλεφώνου.'],
    ['Konsultant ds. obsługi klienta', 'Pomagasz klientom przez telefon w sprawach rachunków.'],
    ['Asiakasneuvoja', 'Palvelet asiakkaita puhelimessa laskutusasioissa.'],
  ])('%s by phone → call_center', (title, description) => {
    expect(roles(title, description)).toEqual(['call_center']);
  });

  it('keeps mixed channels general', () => {
    expect(roles('Kundeservicemedarbeider', 'Du hjelper kunder per telefon og e-post.')).toEqual(['customer_service']);
  });

  it('does not take the Estonian "kõnelema" (to speak a language) for calls', () => {
    expect(roles('Vene keelt kõnelev klienditeenindaja', 'Vastad klientide kirjadele e-posti teel.')).toEqual(['customer_service']);
    expect(roles('Klienditeenindaja', 'Vastad sissetulevatele kõnedele.')).toEqual(['call_center']);
  });

  it('reads a phone named in the title as the channel, unless the title names others too', () => {
    expect(roles('Kundebehandler – telefon')).toEqual(['call_center']);
    expect(roles('Kundenbetreuer Telefon (m/w/d)')).toEqual(['call_center']);
    expect(roles('Customer Service Representative – Phone & Chat')).toEqual(['customer_service']);
    expect(roles('Kundeservicemedarbeider', 'Spørsmål om stillingen? Telefon: 22 00 00 00.')).toEqual(['customer_service']);
  });

  it('reads call-centre quality work as voice work', () => {
    expect(roles('Customer Care Team Lead', 'Run call monitoring and coaching for 12 advisers in our contact centre.')).toEqual(['call_center']);
  });

  it('frames service given on social channels as social care', () => {
    const social = 'Answer customers on our social media channels and keep an eye on social listening alerts.';
    expect(roles('Customer Care Advisor', social)).toEqual(['social_media']);
    expect(rules('Customer Care Advisor', social)).toContain('social-care-framing');
    expect(roles('Konsultant ds. obsługi klienta', 'Odpowiadasz klientom w mediach społecznościowych; moderacja komentarzy.')).toEqual(['social_media']);
    expect(roles('Customer Care Advisor', 'Help customers by phone, e-mail and social media.')).toEqual(['customer_service']);
  });
});
