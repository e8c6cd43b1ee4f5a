import { Term, combos, role, terms } from '../cue';

// General customer service: the fallback role for mixed or unspecified channels, e-mail/chat
// back office, service and returns desks, airport customer service. Word forms per language
// from the domain brief; compounds are matched inside words ("*kundeservice*").

const CS = role('customer_service');
const CS_WEAK = role('customer_service', { weak: true });

export const CUSTOMER_SERVICE_TERMS: Term[] = [
  // en
  ...terms(
    [
      'customer service*', 'customer support', 'customer care', 'customer relations', 'customer experience',
      'customer advocate*', 'customer representative*', 'customer advisor*', 'customer adviser*',
      'customer contact', 'customer happiness', 'customer helpdesk', 'customer desk',
      'client service*', 'client care', 'client support', 'client relations',
      'guest care', 'member care', 'member service*', 'member support', 'traveler care', 'traveller care',
      'passenger care', 'passenger service*', 'player support', 'consumer care', 'consumer affairs',
      'user care', 'complaints handler', 'complaints advisor', 'complaints team', 'returns desk', 'cx', 'customer complaints',
      'complaints resolution', 'complaints specialist*', 'complaints officer*', 'complaints manager*', 'chat support*',
      'email support*', 'live chat agent*', 'chat agent*', 'customer helpline', 'chief customer officer',
      // The department that runs customer service, as leaders' titles name it.
      'customer operations', 'customer service operations', 'customer care operations', 'member relations', 'passenger relations',
      'consumer relations',
    ],
    CS,
  ),
  ...terms(['guest service*', 'csr', 'after sales service', 'aftersales', 'escalations specialist*'], CS_WEAK),
  // Bare "support <agent word>" names no kind of support: the description decides between
  // customer service and tech support (both confirmed → tech support, the more specific).
  ...terms(
    ['support agent', 'support representative', 'support associate', 'support advisor', 'support adviser', 'support specialist',
      'support officer', 'support executive', 'support consultant'],
    CS_WEAK,
    role('tech_support', { weak: true }),
  ),
  // Guest-facing service in hospitality: hotel front-office staff use the same words, so only
  // with the description's confirmation.
  ...terms(
    ['guest relations', 'guest experience', '*külalisteenindus*', '*gjesteservice*',
      '*gjestebehandl*', '*gästservice*', '*gästeservice*', '*gästebetreuung*', ...combos(['obsługi', 'obsługa'], ['gości', 'gościa']),
      ...combos(['εξυπηρέτηση', 'εξυπηρέτησης'], ['επισκεπτών'])],
    CS_WEAK,
  ),
  // et
  ...terms(['*klienditeenindaja*', '*klienditeenindus*', '*klienditugi*', '*klienditoe*', '*kliendituge*', '*kliendinõustaja*'], CS),
  ...terms(['klientide teenindamine', 'klientide teenindamise'], CS_WEAK),
  // nb, da
  ...terms(
    ['*kundeservice*', '*kundeservise*', '*kundebehandl*', '*kunderådgiver*', '*kundestøtte*', '*kundeveileder*',
      '*kundeopplevelse*', '*kundeoplevelse*', '*kundeservicemedarbejder*', '*kundeservicesjef*'],
    CS,
  ),
  ...terms(['*kundedialog*', '*kundemottak*', '*kundebetjening*'], CS_WEAK),
  // sv
  ...terms(['*kundtjänst*', '*kundservice*', '*kundsupport*', '*kundvård*', '*kundrådgiv*', '*kundupplevelse*'], CS),
  ...terms(['*kundmottag*'], CS_WEAK),
  // fi
  ...terms(['*asiakaspalvelu*', '*asiakaspalvelij*', '*asiakastuki*', '*asiakastuen*', '*asiakastukea*',
    '*asiakasneuvoja*', '*asiakaskokemus*', '*asiakaskokemuks*'], CS),
  // de
  ...terms(['*kundenservice*', '*kundenbetreu*', '*kundenberat*', '*kundensupport*', '*kundenzufriedenheit*',
    '*kundenkommunikation*', '*kundenbetreuung*'], CS),
  ...terms(['*kundendienst*', '*kundendialog*', '*kundencenter*', '*servicecenter*', '*beschwerdemanagement*'], CS_WEAK),
  // pl
  ...terms(
    [
      ...combos(['obsługi', 'obsługa', 'obsłudze', 'obsługą'], ['klienta', 'klientów', 'klientem', 'klient', 'pasażerów', 'klienta biznesowego']),
      ...combos(['doradca', 'doradcy', 'doradczyni'], ['klienta', 'klientów']),
      ...combos(['wsparcie', 'wsparcia'], ['klienta', 'klientów']),
      'bok', 'biuro obsługi klienta', 'ds reklamacji', 'ds obsługi reklamacji',
    ],
    CS,
  ),
  ...terms(['reklamacji', 'reklamacje', 'posprzedażow*'], CS_WEAK),
  // el
  ...terms(
    [
      ...combos(['εξυπηρέτηση', 'εξυπηρέτησης', 'εξυπηρέτησή'], ['πελατών', 'πελάτη', 'πελατών της', 'επιβατών', 'καταναλωτών']),
      ...combos(['υποστήριξη', 'υποστήριξης'], ['πελατών']),
      'customer care', 'εξυπηρέτηση πελατείας',
    ],
    CS,
  ),
  ...terms(['τμήμα εξυπηρέτησης', 'τμήματος εξυπηρέτησης', 'παραπόνων'], CS_WEAK),
];
