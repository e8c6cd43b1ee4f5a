// Noisy postings written for the language specs: an ad body per language, and the boilerplate
// crawled pages wrap around it (EEO paragraphs, cookie banners, HTML remnants, contact lines,
// keyword bullets). The texts are made up for these tests.

export const AD_BODIES: Readonly<Record<string, { title: string; body: string }>> = {
  en: {
    title: 'Customer Support Agent (Night Shift)',
    body: `We are growing our support team and need a calm, patient person who likes to solve problems. You will answer calls, chats and emails from customers who have questions about their orders, deliveries and invoices.
Most of your day is spent with customers, but you will also write short help articles and tell the product team what our customers struggle with. We work in shifts, and this role is mostly at night.
We offer a permanent contract, paid training in the first month and a team that helps each other.`,
  },
  et: {
    title: 'Klienditoe spetsialist (eesti ja vene keel)',
    body: `Otsime oma klienditoe meeskonda rõõmsat ja abivalmis kolleegi, kes suhtleb meelsasti inimestega. Sinu ülesanne on vastata klientide kõnedele, kirjadele ja vestlustele ning aidata neid tellimuste, tarnete ja arvetega seotud küsimustes.
Ootame, et sa räägid hästi eesti keelt ja saad hakkama ka vene keeles. Kui sul on varasem kogemus klienditeeninduses, on see suur pluss, kuid vajaliku väljaõppe saad meilt.
Pakume sulle tähtajatut lepingut, konkurentsivõimelist töötasu, paindlikku tööaega ning toredat meeskonda kesklinna kontoris.`,
  },
  nb: {
    title: 'Kundeservicemedarbeider – fast stilling',
    body: `Vi søker en positiv og løsningsorientert kollega til kundeservice. Du skal svare på henvendelser fra kunder på telefon, chat og e-post, og hjelpe dem med spørsmål om bestillinger, leveranser og fakturaer.
Vi ønsker at du er strukturert, liker å jobbe med mennesker og har god muntlig og skriftlig fremstillingsevne på norsk. Erfaring fra kundeservice er en fordel, men ikke et krav, for du får grundig opplæring hos oss.
Vi tilbyr fast stilling, konkurransedyktig lønn, gode forsikringsordninger og et hyggelig arbeidsmiljø midt i sentrum.`,
  },
  pl: {
    title: 'Konsultant ds. obsługi klienta z językiem niemieckim',
    body: `Poszukujemy osoby, która dołączy do naszego zespołu obsługi klienta. Twoim zadaniem będzie odpowiadanie na pytania klientów przez telefon, czat i e-mail oraz pomoc w sprawach dotyczących zamówień, dostaw i faktur.
Oczekujemy bardzo dobrej znajomości języka niemieckiego oraz komunikatywności i cierpliwości. Doświadczenie w obsłudze klienta będzie dodatkowym atutem, ale wszystkiego nauczymy Cię na szkoleniu.
Oferujemy umowę o pracę na czas nieokreślony, prywatną opiekę medyczną, kartę sportową oraz pracę w przyjaznym zespole w centrum miasta.`,
  },
  el: {
    title: 'Υπάλληλος Εξυπηρέτησης Πελατών',
    body: `Αναζητούμε ένα ευγενικό και οργανωμένο άτομο για να ενισχύσει την ομάδα εξυπηρέτησης πελατών μας. Θα απαντάς σε κλήσεις, μηνύματα και email πελατών και θα τους βοηθάς με παραγγελίες, αποστολές και τιμολόγια.
Ζητάμε άριστη γνώση της ελληνικής και καλή γνώση της αγγλικής γλώσσας. Η προηγούμενη εμπειρία σε τηλεφωνικό κέντρο θα εκτιμηθεί, αλλά θα έχεις πλήρη εκπαίδευση από την πρώτη μέρα.
Προσφέρουμε σύμβαση αορίστου χρόνου, ανταγωνιστικές αποδοχές, ιδιωτική ασφάλιση και ένα φιλικό περιβάλλον εργασίας.`,
  },
  de: {
    title: 'Mitarbeiter Kundenservice (m/w/d) in Teilzeit',
    body: `Wir suchen ab sofort eine freundliche und zuverlässige Verstärkung für unser Kundenservice-Team. Du beantwortest Anfragen unserer Kunden per Telefon, Chat und E-Mail und hilfst ihnen bei Fragen zu Bestellungen, Lieferungen und Rechnungen.
Du bringst eine abgeschlossene Ausbildung mit, arbeitest gerne im Team und hast Freude am Umgang mit Menschen. Erfahrung im Kundenservice ist von Vorteil, aber keine Voraussetzung, denn wir arbeiten dich gründlich ein.
Wir bieten dir einen unbefristeten Arbeitsvertrag, flexible Arbeitszeiten, ein Jobticket und ein herzliches Team im Herzen der Stadt.`,
  },
  fi: {
    title: 'Asiakaspalveluneuvoja, vakituinen',
    body: `Etsimme asiakaspalvelutiimiimme iloista ja ratkaisukeskeistä kollegaa. Tehtäväsi on vastata asiakkaiden puheluihin, chat-viesteihin ja sähköposteihin sekä auttaa heitä tilauksiin, toimituksiin ja laskuihin liittyvissä kysymyksissä.
Toivomme, että sinulla on hyvä suomen kielen taito ja että nautit ihmisten kanssa työskentelystä. Aiempi kokemus asiakaspalvelusta on eduksi, mutta perehdytämme sinut huolellisesti tehtävään.
Tarjoamme vakituisen työsuhteen, kilpailukykyisen palkan, joustavat työajat ja mukavan työyhteisön keskustassa.`,
  },
  sv: {
    title: 'Kundtjänstmedarbetare till vårt team i Göteborg',
    body: `Vi söker en positiv och lösningsorienterad medarbetare till vår kundtjänst. Du kommer att svara på frågor från kunder via telefon, chatt och mejl och hjälpa dem med beställningar, leveranser och fakturor.
Vi tror att du är strukturerad, tycker om att arbeta med människor och uttrycker dig väl på svenska i både tal och skrift. Erfarenhet av kundtjänst är meriterande, men du får en gedigen introduktion hos oss.
Vi erbjuder en tillsvidareanställning, konkurrenskraftig lön, friskvårdsbidrag och en trevlig arbetsplats mitt i centrum.`,
  },
};

// Boilerplate, in English as international employers' career sites usually have it.
export const EEO_PARAGRAPH = `We are an equal opportunity employer and value diversity at our company. We do not discriminate on the basis of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran status, or disability status. All qualified applicants will receive consideration for employment without regard to any characteristic protected by law. If you need an accommodation during the application process, please let us know and we will work with you.`;

export const COOKIE_BANNER = `We use cookies to improve your experience on our website. By clicking "Accept all" you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts. You can change your preferences at any time in the cookie settings. Accept all | Reject all | Cookie settings`;

export const CONTACT_LINES = `Apply: https://careers.example-company.com/jobs/48213?utm_source=board&utm_medium=feed
Questions: recruiting@example-company.com · +48 22 123 45 67 · +47 915 55 123
Ref. no. 2024/CS/0481 · ID 99120 · 09:00–17:00 · 3 200–4 100 EUR`;

export const KEYWORD_BULLETS = `• Zendesk • Salesforce • CRM • SLA • KPI • NPS • B2B • B2C • SaaS • Excel • Teams • Slack • 24/7`;

/** What a careless HTML-to-text conversion leaves behind. */
export function withHtmlRemnants(text: string): string {
  return `<div class="job-body"><p>${text
    .split('\n')
    .map((p) => p.replace(/, /g, ',&nbsp;'))
    .join('</p>\n<p>&nbsp;')}</p></div>`;
}
