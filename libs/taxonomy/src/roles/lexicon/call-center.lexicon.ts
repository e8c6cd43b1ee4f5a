import { CALL_CENTRE_PLACE, Term, VOICE, combos, role, terms } from '../cue';

// Call/contact centre work: inbound or outbound voice work, reservations, telesales. A place
// noun ("call centre", "kundesenter", "τηλεφωνικό κέντρο") is also recorded as a place, so the
// classifier can tell tech support placed in a call centre from tech support by phone.

const CC = role('call_center');

export const CALL_CENTER_TERMS: Term[] = [
  // Place nouns in every language: role evidence and the place itself.
  ...terms(
    [
      'call cent*', 'callcent*', 'contact cent*', 'contactcent*', 'customer contact cent*', 'customer care cent*',
      'interaction cent*', 'customer engagement cent*', 'reservations cent*',
      '*kõnekeskus*', '*kundesenter*', '*kontaktsenter*', '*callsenter*', '*kundecenter*', '*kontaktcenter*',
      '*kundcenter*', '*asiakaspalvelukeskus*', '*yhteyskeskus*', '*kundenservicecenter*', '*kundenkontaktcenter*',
      ...combos(['τηλεφωνικό', 'τηλεφωνικού', 'τηλεφωνικά', 'τηλεφωνικών'], ['κέντρο', 'κέντρου', 'κέντρα', 'κέντρων']),
      'κέντρο εξυπηρέτησης', 'κέντρου εξυπηρέτησης', 'centrum obsługi klienta', 'centrum kontaktu',
      // Contact-centre compounds and phrases beside the call-centre ones (et, nb, pl, el, de, fi).
      // Finnish "keskus" inflects on the stem "keskukse-", hence the shorter stems.
      '*kontaktkeskus*', '*kundeservicesenter*', 'kundenservice center*', 'customer service cent*',
      '*yhteyskesku*', '*asiakaspalvelukesku*', '*puhelinkesku*',
      ...combos(['centrum', 'centrach'], ['kontaktowe', 'kontaktowym', 'kontaktowego', 'telefoniczne', 'telefonicznym']),
      ...combos(['κέντρο', 'κέντρου', 'κέντρα', 'κέντρων'], ['επικοινωνίας', 'επικοινωνίας πελατών']),
    ],
    CC,
    CALL_CENTRE_PLACE,
  ),
  // Voice work named outright: role evidence and voice channel.
  ...terms(
    [
      'inbound call*', 'outbound call*', 'incoming calls', 'call handler*', 'call handling', 'call agent*',
      'phone agent*', 'phone support', 'telephone support', 'phone based customer', 'calls from customers',
      'helpline*', 'hotline*', 'infoliin*', '*infotelefon*', '*infolinia*', '*infolinii*', '*infolinię*',
      ...combos(['innkommende', 'utgående'], ['samtaler', 'telefoner', 'anrop', 'kundehenvendelser på telefon']),
      ...combos(['inkommande', 'utgående'], ['samtal', 'kundsamtal']),
      ...combos(['sissetulevad', 'sissetulevate', 'sissetulevatele', 'sissetulevaid', 'väljaminevad', 'väljaminevaid'], ['kõned', 'kõnede', 'kõnedele', 'kõnesid', 'kõnedega']),
      ...combos(['połączenia', 'połączeń', 'połączeniach'], ['przychodzące', 'przychodzących', 'wychodzące', 'wychodzących']),
      ...combos(['εισερχόμενες', 'εισερχόμενων', 'εξερχόμενες', 'εξερχόμενων'], ['κλήσεις', 'κλήσεων']),
      ...combos(['saapuvat', 'saapuviin', 'lähtevät'], ['puhelut', 'puheluihin']),
      '*puhelinpalvelu*', '*puhelinasiakaspalvel*', 'eingehende anrufe', 'telefonischer kundenservice',
      'telefonischen kundenservice', 'kundenservice telefon*',
    ],
    CC,
    VOICE,
  ),
  // Reservations and booking desks in every language (reservations are call-centre work by the
  // labelling rules). Greek "κρατήσεις" also means pay deductions, so alone it counts in a title only.
  ...terms(
    [
      ...combos(['booking', 'bookings'], ['agent*', 'advisor*', 'adviser*', 'consultant*', 'specialist*', 'centre', 'center', 'department']),
      '*broneering*', '*broneerimiskesk*', '*broneerimisosakon*',
      '*reservasjon*', ...combos(['booking'], ['medarbeider*', 'konsulent*', 'rådgiver*', 'avdeling*', 'medarbetare', 'handläggare']),
      '*bookingmedarbeider*', '*bookingkonsulent*', '*bookingavdeling*',
      '*bokningsavdelning*', '*bokningsagent*', '*bokningshandl*', '*bokningsmedarb*', '*bokningscent*', '*bokningskonsult*',
      '*bokningsrådgiv*',
      '*varauspalvelu*', '*varausneuvoj*', '*varausmyyj*', '*varausmyynti*', '*varauskesku*', '*varaussihteeri*',
      '*reservierung*', 'rezerwacj*', 'rezerwacyjn*',
      ...combos(['τμήμα', 'τμήματος', 'κέντρο', 'κέντρου', 'υπάλληλος', 'υπάλληλο', 'υπαλλήλου', 'υπάλληλοι'], ['κρατήσεων']),
    ],
    CC,
  ),
  ...terms(['κρατήσεων', 'κρατήσεις'], role('call_center', { titleOnly: true })),
  // Telesales and reservations (voice sales are call-centre work by the labelling rules).
  ...terms(
    [
      'telesales', 'tele sales', 'telemarket*', 'teleservice*', 'telefonförsälj*', 'telefonsälj*', 'telefonselg*',
      'telefonsalg*', '*telefonimüü*', 'telesprzeda*', 'konsultant telefoniczny', 'konsultantka telefoniczna',
      '*τηλεπωλ*', '*τηλεφωνητ*', '*puhelinmyyj*', '*puhelinmyynti*', '*telefonverkauf*', '*telefonvertrieb*',
      'reservation*', 'reservations agent', 'booking agent*', 'reservation sales*', 'reservations sales*',
      'travel reservations', 'sales by phone', 'inbound sales*', 'outbound sales*', '*telefonist*', 'telephonist*',
      'telephone operator*', 'phone sales*', 'telephone sales*',
      // Telephone sales spelt out rather than compounded.
      ...combos(['sprzedaży', 'sprzedaż', 'sprzedaże'], ['telefonicznej', 'telefoniczna', 'przez telefon']),
      ...combos(['τηλεφωνικές', 'τηλεφωνικών'], ['πωλήσεις', 'πωλήσεων']), 'πωλήσεις μέσω τηλεφώνου', 'telefonischer verkauf',
      'telefonischen verkauf', 'myynti puhelimitse', 'salg over telefon', 'salg på telefon', 'försäljning via telefon',
      'försäljning per telefon', 'müük telefoni teel',
    ],
    CC,
  ),
];
