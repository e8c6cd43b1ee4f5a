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
    ],
    CC,
    CALL_CENTRE_PLACE,
  ),
  // Voice work named outright: role evidence and voice channel.
  ...terms(
    [
      'inbound call*', 'outbound call*', 'incoming calls', 'call handler*', 'call handling', 'call agent*',
      'phone agent*', 'phone support', 'telephone support', 'phone based customer', 'calls from customers',
      'helpline*', 'hotline*', 'infoliin*', '*infolinia*', '*infolinii*', '*infolinię*',
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
  // Telesales and reservations (voice sales are call-centre work by the labelling rules).
  ...terms(
    [
      'telesales', 'tele sales', 'telemarket*', 'teleservice*', 'telefonförsälj*', 'telefonsälj*', 'telefonselg*',
      'telefonsalg*', '*telefonimüü*', 'telesprzeda*', 'konsultant telefoniczny', 'konsultantka telefoniczna',
      '*τηλεπωλ*', '*τηλεφωνητ*', '*puhelinmyyj*', '*puhelinmyynti*', '*telefonverkauf*', '*telefonvertrieb*',
      'reservation*', 'reservations agent', 'booking agent*', 'reservation sales*', 'reservations sales*',
      'travel reservations', 'sales by phone',
    ],
    CC,
  ),
];
