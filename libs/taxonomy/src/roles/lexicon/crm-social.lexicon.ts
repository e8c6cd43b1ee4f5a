import { Term, combos, role, terms } from '../cue';

// crm_manager: relationship, CRM/loyalty, customer success and retention roles at any level.
// CRM developers/admins and key-account sales are not (see not-cs.lexicon.ts).
// social_media: brand social channels and social care; community managers who serve customers
// or players online (a property "community manager" is vetoed by the classifier).

const CRM = role('crm_manager');
const CRM_WEAK = role('crm_manager', { weak: true });
const SOCIAL = role('social_media');
const COMMUNITY = role('social_media', { community: true });

export const CRM_TERMS: Term[] = [
  ...terms(
    [
      'customer success*', 'client success', 'relationship manag*', 'customer relationship*', 'client relationship*',
      'relationship banker', 'customer retention', 'retention specialist*', 'retention manag*', 'retention marketing',
      'loyalty manag*', 'loyalty program*', 'loyalty specialist', 'lifecycle marketing', 'customer lifecycle', 'crm marketing',
      'customer loyalty', 'csm',
      // et
      '*kliendisuhte*', '*kliendisuhete*', '*kliendihaldur*', '*püsikliendiprogramm*',
      // nb, da, sv
      '*kundeansvarlig*', '*kunderelasjon*', '*kundeforhold*', '*kundrelation*', '*kundansvarig*', '*kundeforhold*',
      // fi
      '*asiakkuudenhoitaja*', '*asiakkuuspäällik*', '*asiakkuusvastaava*', '*asiakassuhde*', '*asiakassuhteiden*', '*asiakkuuksien*',
      // de
      '*kundenbeziehung*', '*kundenbindung*', '*bestandskundenbetreu*',
      // pl
      ...combos(['opiekun', 'opiekunka', 'opiekuna', 'opiekunki', 'opiekunów'], ['klienta', 'klientów', 'klienta biznesowego', 'klienta kluczowego', 'klientem']),
      ...combos(['relacji z', 'relacje z', 'relacjami z'], ['klientami', 'klientem']),
      // el
      ...combos(['διατήρηση', 'διατήρησης'], ['πελατών', 'πελατολογίου']),
      'πελατειακών σχέσεων', 'πελατειακές σχέσεις',
    ],
    CRM,
  ),
  ...terms(
    ['retention', 'renewal*', 'churn', 'account management', '*asiakkuus*', '*kundeoppfølg*', '*lojalitet*', '*kundklubb*',
      '*lojalnościow*', 'retencj*', '*επιβράβευσης*', 'kanta asiakas*', 'net revenue retention', 'health score*'],
    CRM_WEAK,
  ),
];

// Retention and loyalty name the job in a title ("Manager, Customer Experience & Retention",
// "Specjalista ds. retencji"); in a description they are only weak evidence (above).
CRM_TERMS.push(
  ...terms(
    ['retention', 'loyalty', 'retencj*', '*lojalnościow*', ...combos(['utrzymania', 'utrzymanie'], ['klientów', 'klienta']),
      '*lojalitet*', '*lojaalsus*', '*kundenrückgewinnung*', '*asiakaspysyvyy*', '*asiakasuskollisuu*', 'kanta asiakas*',
      '*πιστότητας*', '*επιβράβευσης*'],
    role('crm_manager', { titleOnly: true }),
  ),
);

// "CRM" names the job in a title ("CRM Specialist") but is everyday software in a description
// ("update the CRM"), where it is only weak evidence.
CRM_TERMS.push(...terms(['crm*'], role('crm_manager', { titleOnly: true })), ...terms(['crm'], CRM_WEAK));

export const SOCIAL_TERMS: Term[] = [
  ...terms(
    [
      'social media*', 'socialmedia*', 'social care', 'social customer care', 'social customer service', 'social channels',
      'social engagement', 'social listening',
      '*sotsiaalmeedia*', 'sosiale medier*', 'sosiale medie*', 'sociala medier*', 'sociale medier*', '*somekanav*', '*somekanavien*',
      ...combos(['sosiaalinen', 'sosiaalisen', 'sosiaalisessa'], ['media', 'median', 'mediassa']),
      ...combos(['media', 'mediów', 'mediach', 'mediami'], ['społecznościowe', 'społecznościowych', 'społecznościowymi']),
      ...combos(['μέσα', 'μέσων', 'μέσα της'], ['κοινωνικής δικτύωσης']),
      'κοινωνικής δικτύωσης', 'κοινωνικά δίκτυα', 'κοινωνικών δικτύων',
    ],
    SOCIAL,
  ),
  // "SoMe" (nb) and "some" (fi) are only safe in a title: in English prose "some" is a common word.
  ...terms(['some', 'some ansvarlig', 'some asiantuntija', 'some vastaava', 'some ansvarig', 'someansvarlig', 'someasiantuntija',
    'somevastaava', 'someansvarig'], role('social_media', { titleOnly: true })),
  ...terms(
    [
      ...combos(['community'], ['manager*', 'management', 'specialist*', 'coordinator*', 'moderator*', 'lead', 'executive', 'team', 'associate', 'support specialist', 'managerin']),
      'online community', 'player community', 'gaming community', 'moderator*', 'content moderator*', 'discord', 'reddit',
      '*kogukonnajuh*', '*kogukonnahaldur*', '*kogukonnaspetsialist*', '*yhteisömanageri*', '*yhteisövastaava*', '*yhteisöpäällik*',
      ...combos(['διαχειριστής', 'διαχειρίστρια', 'διαχείριση', 'διαχείρισης'], ['κοινότητας', 'της κοινότητας', 'online κοινότητας']),
      'moderacja', 'moderowanie', 'moderowania',
    ],
    COMMUNITY,
  ),
];
