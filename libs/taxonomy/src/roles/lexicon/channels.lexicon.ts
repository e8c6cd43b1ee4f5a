import { OTHER_CHANNEL, PROPERTY, RETAIL, Term, VOICE, combos, terms } from '../cue';

// Context read from the description: which channels the work uses, whether it is a property
// or a shop. None of these is a role by itself.

export const CHANNEL_TERMS: Term[] = [
  ...terms(
    [
      'calls', 'call queue*', 'phone calls', 'telephone calls', 'on the phone', 'over the phone', 'by phone', 'headset*', 'dialer',
      'dialler', 'auto dialer', 'acd', 'ivr', 'average handle time', 'handle time', 'talk time', 'inbound', 'outbound',
      'kõned*', 'kõnede*', 'kõnesid', 'kõnele*', 'puhelu*', 'puhelimitse', 'samtal', 'telefonsamtal', 'anrop', 'anrufe*',
      'telefonate', 'połączeń', 'rozmów telefonicznych', 'rozmowy telefoniczne', 'telefonicznie', 'κλήσεις', 'κλήσεων',
      'τηλεφωνικώς', 'τηλεφωνική εξυπηρέτηση',
    ],
    VOICE,
  ),
  ...terms(
    [
      'chat', 'chats', 'live chat', 'webchat', 'email', 'emails', 'e mail', 'e mails', 'letter', 'letters', 'web form*',
      'written', 'in writing', 'social media', 'messaging', 'whatsapp', 'in person', 'face to face', 'in store', 'walk in',
      'omnichannel', 'omni channel', 'multichannel', 'multi channel', 'digital channels', 'self service', 'tickets', 'ticket',
      'e post', 'e posten', 'epost', 'e posti', 'e postiga', 'vestlus*', 'kirjalik*', 'chatt', 'mejl', 'e postilla', 'sähköposti*',
      'viesti*', 'czat*', 'mail*', 'pisemn*', 'wielokanałow*', 'digitale kanaler', 'digitala kanaler', 'digitaalis* kanav*',
      'filial*', 'γραπτή', 'γραπτώς', 'ψηφιακά κανάλια', 'ψηφιακών καναλιών', 'καταστήματα', 'καταστημάτων',
      'δια ζώσης', 'e mail*', 'chatbot*', 'portal*', 'monikanava*', 'flerkanal*',
    ],
    OTHER_CHANNEL,
  ),
  ...terms(
    ['apartment*', 'multifamily', 'multi family', 'residential', 'leasing', 'property management', 'property manager*',
      'rent', 'rental pricing', 'residents', 'tenant*', 'hoa', 'condominium*', 'housing association', 'occupancy'],
    PROPERTY,
  ),
  ...terms(
    ['till', 'tills', 'shop floor', 'sales floor', 'checkout*', 'cash register*', 'point of sale', 'window display*',
      'stock shelves', 'shelves', 'kassa', 'kassalla', 'kassas', 'kassen', 'kasse', 'kassan', 'kasy', 'ταμείο',
      ...combos(['our', 'the'], ['shop', 'store', 'stores', 'shop team', 'boutique'])],
    RETAIL,
  ),
];
