import { CALL_CENTRE_PLACE, Term, combos, role, terms } from '../cue';

// Neighbouring languages an ad may be written in (nl, fr, es, it, lv, lt, ru): the common
// titles only, so that a Dutch "klantenservice medewerker" is not silently left untagged.

const CS = role('customer_service');
const CC = role('call_center');
const TECH = role('tech_support');
const CRM = role('crm_manager');

export const NEIGHBOUR_TERMS: Term[] = [
  ...terms(
    [
      // nl
      '*klantenservice*', '*klantcontact*', '*klantenondersteuning*', '*klantadviseur*', '*klantenbinding*',
      // fr
      'service client*', 'service à la clientèle', 'relation client*', 'conseiller clientèle', 'conseillère clientèle',
      'conseiller client', 'chargé de clientèle', 'chargée de clientèle', 'support client',
      // es, it
      'atención al cliente', 'servicio al cliente', 'servicio de atención al cliente', 'assistenza clienti', 'servizio clienti',
      // lv, lt
      ...combos(['klientu'], ['apkalpošanas', 'apkalpošana', 'apkalpošanā', 'atbalsta', 'atbalsts', 'konsultants']),
      ...combos(['klientų'], ['aptarnavimo', 'aptarnavimas', 'aptarnavime', 'konsultantas', 'konsultantė']),
      // ru
      ...combos(['обслуживания', 'обслуживание', 'поддержки', 'поддержка'], ['клиентов', 'клиента']),
      'клиентский сервис', 'клиентской поддержки',
    ],
    CS,
  ),
  ...terms(
    ['*klantcontactcentrum*', '*klantcontactcenter*', 'centre d appels', 'centre de contact', 'centro de llamadas',
      'centro de contacto', 'call centre', ...combos(['zvanu', 'skambučių'], ['centra', 'centrā', 'centrs', 'centras', 'centro', 'centre']),
      'колл центр*', 'контакт центр*', 'колл центре'],
    CC,
    CALL_CENTRE_PLACE,
  ),
  ...terms(['téléconseiller*', 'téléconseillère*', 'teleoperador*', 'teleoperadora*', 'operatore call center', 'оператор колл центра'], CC),
  ...terms(
    ['support technique', 'assistance technique', 'soporte técnico', 'supporto tecnico', 'technische ondersteuning',
      'tehniskā atbalsta', 'tehniskais atbalsts', 'techninės pagalbos', 'techninė pagalba', 'техническая поддержка',
      'технической поддержки', 'servicedesk medewerker'],
    TECH,
  ),
  ...terms(['customer success*', 'gestionnaire de compte client', 'chargé de relation client', 'relatiebeheerder', 'accountbeheerder klant'], CRM),
];
