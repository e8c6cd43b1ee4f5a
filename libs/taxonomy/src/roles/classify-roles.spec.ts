import type { Role } from '../types';
import { classifyRoles } from './classify-roles';

const roles = (title: string, description = ''): Role[] => classifyRoles({ title, description }).roles;

describe('classifyRoles: titles in each language', () => {
  it.each<[string, Role[]]>([
    // en
    ['Customer Service Representative', ['customer_service']],
    ['Customer Care Advisor – Online Banking', ['customer_service']],
    ['Call Centre Agent – Spanish Speaking', ['call_center']],
    ['Help Desk Analyst I', ['tech_support']],
    ['Technical Support Engineer (SaaS)', ['tech_support']],
    ['Customer Success Manager – Enterprise', ['crm_manager']],
    ['Relationship Manager, Private Banking', ['crm_manager']],
    ['Social Media Specialist', ['social_media']],
    ['Order Coordinator – Customer Service', ['cs_coordinator']],
    ['Sales Administrator', ['sales_support']],
    ['Hotel Reservations Agent', ['call_center']],
    ['Telesales Executive', ['call_center']],
    // et
    ['Klienditeenindaja (vene keele oskusega)', ['customer_service']],
    ['Infoliini konsultant', ['call_center']],
    ['IT-kasutajatoe spetsialist', ['tech_support']],
    ['Kliendihaldur', ['crm_manager']],
    ['Müügitoe spetsialist', ['sales_support']],
    // nb, da
    ['Kunderådgiver i kundesenteret', ['call_center']],
    ['Brukerstøtte 1. linje', ['tech_support']],
    ['Kundeservicemedarbejder', ['customer_service']],
    ['Ordrekoordinator', ['cs_coordinator']],
    ['Salgskoordinator', ['sales_support']],
    // sv
    ['Kundtjänstmedarbetare', ['customer_service']],
    ['Telefonsäljare', ['call_center']],
    ['Säljassistent till vår innesäljavdelning', ['sales_support']],
    // fi
    ['Asiakaspalveluneuvoja', ['customer_service']],
    ['Puhelinmyyjä', ['call_center']],
    ['Käyttäjätuen asiantuntija', ['tech_support']],
    ['Asiakaspalvelukoordinaattori', ['cs_coordinator']],
    // de
    ['Kundenberater (m/w/d) im Kundenservice', ['customer_service']],
    ['Mitarbeiter Callcenter Inbound (m/w/d)', ['call_center']],
    ['Sachbearbeiter Vertriebsinnendienst', ['sales_support']],
    ['Anwenderbetreuung 2nd Level', ['tech_support']],
    // pl
    ['Konsultant/ka infolinii', ['call_center']],
    ['Doradca Klienta w Biurze Obsługi Klienta', ['customer_service']],
    ['Specjalista ds. wsparcia IT', ['tech_support']],
    ['Opiekun Klienta Kluczowego', ['crm_manager']],
    ['Specjalistka ds. mediów społecznościowych', ['social_media']],
    // el
    ['Εκπρόσωπος Εξυπηρέτησης Πελατών', ['customer_service']],
    ['Τηλεφωνητής/τρια', ['call_center']],
    ['Στέλεχος Τεχνικής Υποστήριξης', ['tech_support']],
    ['Συντονίστρια Εξυπηρέτησης Πελατών', ['cs_coordinator']],
    // neighbours
    ['Klantenservice medewerker', ['customer_service']],
    ['Conseiller clientèle', ['customer_service']],
  ])('%s → %j', (title, expected) => {
    expect(roles(title)).toEqual(expected);
  });
});

describe('classifyRoles: hard negatives', () => {
  it.each([
    'Sales Manager – Enterprise Accounts',
    'Customer Experience UX Designer',
    'Support Vector ML Engineer',
    'Warehouse Associate – Customer Fulfilment Centre',
    'Cashier – Weekend Shifts',
    'Care Worker (Nights)',
    'Field Service Technician – HVAC',
    'Front Desk Receptionist',
    'CRM Developer (Dynamics 365)',
    'Salesforce Administrator',
    'Key Account Manager – Grocery',
    'Store Manager',
    'Retail Sales Associate',
    'Delivery Driver – Customer Focus',
    'Verkäufer (m/w/d) mit Kundenberatung',
    'Servicetechniker im Kundendienst (m/w/d)',
    'Kassamedarbeider',
    'Butikssäljare',
    'Myyjä',
    'Kasjerka',
    'Opiekunka osób starszych',
    'Πωλήτρια Καταστήματος',
    'Υπάλληλος Υποδοχής',
    'Hooldaja',
    'Müüja-klienditeenindaja',
    'Lähihoitaja',
    'Personlig assistent',
    'Network Engineer – NOC',
    'Data Analyst – Customer Insights',
    'Nurse Care Coordinator',
    'Event Coordinator',
  ])('%s → []', (title) => {
    const result = classifyRoles({ title, description: 'You will talk to customers every day and answer their calls, chats and emails.' });
    expect(result.roles).toEqual([]);
    expect(result.explanation.length).toBeGreaterThan(0);
  });

  it('leaves a US apartment "Community Manager" untagged but keeps an online one', () => {
    expect(roles('Community Manager – Luxury Apartments')).toEqual([]);
    expect(roles('Community Manager', 'Oversee leasing staff, rent collection and resident satisfaction at our apartment community.')).toEqual([]);
    expect(roles('Community Manager', 'Moderate our Discord server and answer players on Reddit and X.')).toEqual(['social_media']);
  });

  it('keeps a strong role word over a workplace word ("Genius – Apple Store", airport service desk)', () => {
    expect(roles('Genius – Apple Store')).toEqual(['tech_support']);
    expect(roles('Specialist – Apple Store')).toEqual([]);
    expect(roles('Customer Service Agent – Airport')).toEqual(['customer_service']);
  });
});

describe('classifyRoles: the most specific label and two-role combinations', () => {
  it('prefers the specific role over customer service', () => {
    expect(roles('Customer Service Representative – Contact Centre')).toEqual(['call_center']);
    expect(roles('Kundenservice Mitarbeiter im Callcenter')).toEqual(['call_center']);
    expect(roles('Customer Service Coordinator')).toEqual(['cs_coordinator']);
    expect(roles('Customer Support Engineer')).toEqual(['tech_support']);
  });

  it('gives two labels only to two distinct jobs', () => {
    expect(roles('Customer Service & Sales Support Assistant')).toEqual(['customer_service', 'sales_support']);
    expect(roles('Social Media & Customer Service Advisor')).toEqual(['social_media', 'customer_service']);
    expect(roles('Kundtjänst och sociala medier')).toEqual(['social_media', 'customer_service']);
    expect(roles('Social Media Coordinator – Customer Engagement')).toEqual(['social_media']);
  });

  it('keeps at most two roles, the first ones the title names', () => {
    const result = classifyRoles({ title: 'Customer Service, Social Media & Sales Support Assistant' });
    expect(result.roles).toEqual(['social_media', 'customer_service']);
    expect(result.explanation).toContainEqual(expect.objectContaining({ rule: 'at-most-two-roles' }));
  });

  it('reads call-centre framing from the description', () => {
    const calls = 'You will take inbound calls from members in our contact center and resolve billing questions on the phone.';
    const mixed = 'You will help customers by phone, chat and email with orders, refunds and deliveries.';
    expect(roles('Customer Care Associate', calls)).toEqual(['call_center']);
    expect(roles('Customer Care Associate', mixed)).toEqual(['customer_service']);
    expect(roles('Customer Care Associate', 'This role calls for patience and good judgement calls; some on call weekends.')).toEqual(['customer_service']);
    expect(roles('Konsultant ds. obsługi klienta', 'Obsługa połączeń przychodzących od klientów banku.')).toEqual(['call_center']);
    expect(roles('Kundeservicemedarbeider', 'Du svarer på henvendelser på telefon, e-post og chat.')).toEqual(['customer_service']);
  });

  it('adds call_center to tech support placed in a call centre, not to tech support by phone', () => {
    const placed = 'Join our call centre team: answer incoming calls and troubleshoot routers for our broadband customers.';
    const byPhone = 'Answer incoming calls and troubleshoot routers for our broadband customers from home.';
    expect(roles('Technical Support Agent', placed)).toEqual(['call_center', 'tech_support']);
    expect(roles('Technical Support Agent', byPhone)).toEqual(['tech_support']);
  });

  it('confirms weak title words from the description', () => {
    expect(roles('Sales Assistant', 'In our sales office you will prepare quotes, enter orders and keep the CRM up to date. Sales support experience helps.')).toEqual(['sales_support']);
    expect(roles('Sales Assistant', 'Greet shoppers, work the till and keep the shop floor tidy.')).toEqual([]);
    expect(roles('Service Desk Agent', 'Reset passwords, troubleshoot Windows laptops and log tickets in ServiceNow as our IT support.')).toEqual(['tech_support']);
  });

  it('classifies a title without any cue from a description with strong evidence only', () => {
    const strong = 'Our customer service team answers calls in the contact centre. As a customer service advisor you answer inbound calls and help customers with bills.';
    expect(roles('Team Member', strong)).toEqual(['call_center']);
    expect(roles('Team Member', 'Join a friendly team in our office.')).toEqual([]);
  });
});

describe('classifyRoles: bad input', () => {
  it('never throws and explains an empty answer', () => {
    for (const title of ['', '   ', '😀😀', '<<<>>>', 'x'.repeat(100_000), 'Ω€ɸ∆ 日本語 العربية']) {
      const result = classifyRoles({ title, description: title });
      expect(result.roles).toEqual([]);
      expect(result.explanation.length).toBeGreaterThan(0);
    }
    expect(classifyRoles({ title: 42 as unknown as string, description: null as unknown as string }).roles).toEqual([]);
  });

  it('stays fast on a 1 MB adversarial description', () => {
    const description = 'customer service call centre '.repeat(40_000);
    const started = Date.now();
    classifyRoles({ title: 'Agent', description });
    expect(Date.now() - started).toBeLessThan(500);
  });
});
