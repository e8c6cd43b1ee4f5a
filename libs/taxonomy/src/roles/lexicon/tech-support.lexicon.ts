import { Term, combos, role, terms } from '../cue';

// Technical support for customers or staff: help/service desk, product support, Genius.
// IT operations and network engineering are not tech support (see not-cs.lexicon.ts).

const TECH = role('tech_support');
const TECH_WEAK = role('tech_support', { weak: true });

const AGENT_WORDS = [
  'analyst', 'technician', 'agent', 'engineer', 'specialist', 'associate', 'advisor', 'representative',
  'coordinator', 'team', 'manager', 'lead', 'supervisor', 'mitarbeiter', 'medarbeider', 'medarbetare',
  'asiantuntija', 'spetsialist', 'specjalista', 'konsulent', 'konsult',
];

export const TECH_SUPPORT_TERMS: Term[] = [
  // en
  ...terms(
    [
      'technical support*', 'tech support', 'it support*', 'it helpdesk*', 'it help desk*', 'help desk*', 'helpdesk*',
      'it service desk*', 'servicedesk*', 'desktop support', 'end user support', 'user support', 'application support',
      'product support', 'cloud support', 'premium support', 'support engineer*', 'support technician*',
      'customer support engineer*', 'technical customer support', 'it technician*', 'computer support', 'pc support',
      'technical helpdesk', 'technical service desk', 'genius', 'geniuses', 'technical advisor*', 'technical assistance',
      'troubleshooting specialist', 'device support', 'software support', 'saas support',
      ...combos(['first', '1st', 'second', '2nd', 'third', '3rd'], ['line support', 'level support', 'line it support']),
      ...combos(['service desk'], AGENT_WORDS),
      ...combos(['tier 1', 'tier 2', 'tier 3', 'tier i', 'tier ii', 'level 1', 'level 2'], ['support', 'technical support']),
      ...combos(['help desk', 'helpdesk', 'it helpdesk', 'it support'], AGENT_WORDS),
      // Brand-named product support programmes: their advisors troubleshoot the brand's devices.
      'applecare', 'geek squad', 'tech advisor*',
      // Support for a digital product (an app, online or mobile banking): getting a customer
      // through log-ins, set-up and faults is technical support, whoever the employer.
      ...combos(['digital', 'app', 'apps', 'mobile app', 'online banking', 'mobile banking', 'digital banking',
        'internet banking', 'e banking', 'website', 'platform'], ['support']),
    ],
    TECH,
  ),
  ...terms(['service desk', '1st level', '2nd level', 'it service*', 'tier 1', 'tier 2', 'support analyst'], TECH_WEAK),
  // Troubleshooting named in a description, in each language: evidence, not proof.
  ...terms(
    ['troubleshoot*', 'tõrkeotsing*', 'tõrgete lahendamine', 'tõrgete kõrvaldamine', 'feilsøk*', 'felsök*', 'vianetsin*',
      'vianmääri*', 'vianselvity*', 'fehlerbehebung', 'fehlersuche', 'störungsbehebung',
      ...combos(['rozwiązywanie', 'rozwiązywania', 'diagnozowanie', 'diagnozowania'], ['problemów technicznych', 'usterek']),
      ...combos(['αντιμετώπιση', 'επίλυση', 'διάγνωση'], ['τεχνικών προβλημάτων', 'βλαβών'])],
    TECH_WEAK,
  ),
  // et
  ...terms(
    ['*kasutajatugi*', '*kasutajatoe*', '*kasutajatuge*', 'it tugi', 'it toe', 'it tuge', 'it toes', 'tehniline tugi',
      'tehnilise toe', 'tehnilist tuge', 'tehnilises toes', 'it abi', '*digitugi*', '*digitoe*', '*digituge*',
      ...combos(['tehnilise toe', 'it toe', 'kasutajatoe'], ['insener', 'inseneri']), '*tugiinsener*'],
    TECH,
  ),
  // nb, da, sv
  ...terms(
    ['*brukerstøtte*', 'it tugiisik', 'teknisk support', 'teknisk støtte', 'teknisk kundestøtte', 'it støtte', 'førstelinje*', 'andrelinje*',
      '*användarsupport*', '*supporttekniker*', 'it supporttekniker', 'teknisk kundesupport', '*brugersupport*',
      '*supportingeniør*', '*supportingenjör*', '*appsupport*', '*nettbankstøtte*', '*nettbanksupport*',
      'digital brukerstøtte', 'digital kundestøtte', 'digital support'],
    TECH,
  ),
  ...terms(['1 linje', '2 linje', '1 linje support', 'it konsulent'], TECH_WEAK),
  // fi
  ...terms(
    ['it tuki', 'it tuen', 'it tukea', 'it tukihenkilö*', 'it tuessa', '*käyttäjätuki*', '*käyttäjätuen*', '*lähituki*',
      'tekninen tuki', 'teknisen tuen', 'teknistä tukea', '*mikrotuki*', '*tekninen asiakastuki*', '*tukiinsinööri*',
      '*digituki*', '*digituen*', '*digitukea*', '*sovellustuki*', '*sovellustuen*'],
    TECH,
  ),
  ...terms(['*tukihenkilö*'], TECH_WEAK),
  // de
  ...terms(
    [...combos(['technischer', 'technische', 'technischen'], ['support', 'kundensupport', 'anwendersupport']),
      '*anwenderbetreuung*', '*anwendersupport*', '*benutzerbetreuung*', '*usersupport*', 'it-support', '*itsupport*',
      '*supportingenieur*', 'support ingenieur*', '*supporttechniker*', 'support techniker*', '*onlinebanking support*'],
    TECH,
  ),
  // pl
  ...terms(
    [...combos(['wsparcie', 'wsparcia', 'wsparciu'], ['techniczne', 'technicznego', 'technicznym', 'it', 'użytkowników']),
      'pomoc techniczna', 'pomocy technicznej', 'helpdesku', 'help desku',
      ...combos(['wsparcie', 'wsparcia', 'wsparciu'], ['cyfrowe', 'cyfrowego', 'aplikacji', 'aplikacji mobilnej',
        'bankowości elektronicznej', 'bankowości internetowej', 'bankowości mobilnej']),
      ...combos(['inżynier', 'inżyniera', 'inżynierka'], ['wsparcia technicznego', 'wsparcia', 'supportu'])],
    TECH,
  ),
  // el
  ...terms(
    [...combos(['τεχνική', 'τεχνικής', 'τεχνικη'], ['υποστήριξη', 'υποστήριξης', 'υποστήριξη πελατών', 'υποστήριξης πελατών']),
      ...combos(['υποστήριξη', 'υποστήριξης'], ['χρηστών', 'χρήστη', 'πληροφορικής']),
      ...combos(['τεχνικός', 'τεχνικό', 'τεχνικού'], ['υποστήριξης', 'helpdesk', 'υποστήριξης πελατών', 'υποστήριξης χρηστών']),
      ...combos(['ψηφιακή', 'ψηφιακής'], ['υποστήριξη', 'υποστήριξης']),
      ...combos(['υποστήριξη', 'υποστήριξης'], ['εφαρμογών', 'ψηφιακών καναλιών', 'e banking']),
      ...combos(['μηχανικός', 'μηχανικό', 'μηχανικού'], ['υποστήριξης', 'τεχνικής υποστήριξης'])],
    TECH,
  ),
];
