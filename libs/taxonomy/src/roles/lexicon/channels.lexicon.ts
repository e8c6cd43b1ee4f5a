import { FRONT_DESK, NEUTRAL, OTHER_CHANNEL, PROPERTY, RETAIL, Term, VOICE, VOICE_IN_TITLE, combos, terms } from '../cue';

// Context read from the description: which channels the work uses, whether it is a property
// or a shop. None of these is a role by itself. Social channels are not listed here: they are
// social_media evidence, and the classifier counts them as non-voice channels.

export const CHANNEL_TERMS: Term[] = [
  ...terms(
    [
      'calls', 'call queue*', 'phone calls', 'telephone calls', 'on the phone', 'over the phone', 'by phone', 'headset*', 'dialer',
      'dialler', 'auto dialer', 'acd', 'ivr', 'average handle time', 'handle time', 'talk time', 'inbound', 'outbound',
      // et "kõnele" is "to the call"; "kõnelema/kõnelev" (to speak a language) must not count.
      'kõned*', 'kõnede*', 'kõnesid', 'kõnele', 'puhelu*', 'puhelimitse', 'samtal', 'telefonsamtal', 'anrop', 'anrufe*',
      'telefonate', 'połączeń', 'rozmów telefonicznych', 'rozmowy telefoniczne', 'telefonicznie', 'κλήσεις', 'κλήσεων',
      'τηλεφωνικώς', 'τηλεφωνική εξυπηρέτηση',
      // "By phone" in each language, as "by phone"/"over the phone" above.
      'telefoni teel', 'telefoni kaudu', 'telefonitsi', 'samtaler', 'telefonsamtaler', 'på telefon', 'per telefon', 'over telefon',
      'via telefon', 'i telefon', 'puhelimessa', 'telefonisch', 'am telefon', 'przez telefon', 'μέσω τηλεφώνου',
      ...combos(['odbieranie', 'odbierania', 'obsługa', 'obsługi'], ['telefonów', 'połączeń']),
      // Contact-centre quality work: only a voice job has calls to review or a call volume.
      'call review*', 'call monitoring', 'call quality', 'call volume*', 'call listening', 'call coaching', 'medlytt*',
      'medlyssning*', 'kõnede kuulamine', 'odsłuch*',
    ],
    VOICE,
  ),
  ...terms(['phone', 'telephone', 'telefon', 'telefoni', 'telefonu', 'puhelin', 'τηλέφωνο', 'τηλεφώνου'], VOICE_IN_TITLE),
  ...terms(
    [
      'chat', 'chats', 'live chat', 'webchat', 'email', 'emails', 'e mail', 'e mails', 'letter', 'letters', 'web form*',
      'written', 'in writing', 'messaging', 'whatsapp', 'in person', 'face to face', 'in store', 'walk in',
      'omnichannel', 'omni channel', 'multichannel', 'multi channel', 'digital channels', 'self service', 'tickets', 'ticket',
      'e post', 'e posten', 'epost', 'e posti', 'e postiga', 'vestlus*', 'kirjalik*', 'chatt', 'mejl', 'e postilla', 'sähköposti*',
      'viesti*', 'czat*', 'mail*', 'pisemn*', 'wielokanałow*', 'digitale kanaler', 'digitala kanaler', 'digitaalis* kanav*',
      'filial*', 'γραπτή', 'γραπτώς', 'ψηφιακά κανάλια', 'ψηφιακών καναλιών', 'καταστήματα', 'καταστημάτων',
      'δια ζώσης', 'e mail*', 'chatbot*', 'portal*', 'monikanava*', 'flerkanal*', 'e kiri', 'e kirjad*', 'e kirja*',
    ],
    OTHER_CHANNEL,
  ),
  // Phrases that contain a channel word without meaning the channel ("the role calls for").
  ...terms(['calls for', 'call for', 'calls on', 'on call', 'call out', 'callout', 'judgement calls', 'judgment calls', 'sales calls'], NEUTRAL),
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
  // A hotel's front desk in each language: guest service words there are front-office work.
  ...terms(
    // fi "vastaanotto" only as nouns: the verb "vastaanottaa" is how a call is taken.
    ['front desk', 'front office', 'reception desk', 'check in desk', 'check guests in', 'receptionist*',
      'vastuvõtt*', 'registratuur*', 'resepsjon*', 'reception*', 'vastaanotto', 'vastaanotossa', 'vastaanottovirkailij*',
      'rezeption*', 'recepcj*',
      'υποδοχή', 'υποδοχής', 'ρεσεψιόν'],
    FRONT_DESK,
  ),
];
