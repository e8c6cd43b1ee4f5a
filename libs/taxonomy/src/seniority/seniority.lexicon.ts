import type { Seniority } from '../types';

// Level words of titles, per the seniority ladder of the domain brief. Phrases that carry their
// own level ("kierownik zmiany", "Team Manager", "meeskonnajuht", "Schichtleiter") are written
// out: the matcher prefers a phrase over the words inside it, so they win over the bare
// manager word they contain. Agent words are listed only where they hide a manager word
// ("kundeveileder" ends in "leder").

type LevelTerms = Readonly<Record<Seniority, readonly string[]>>;

export const TITLE_LEVEL_TERMS: LevelTerms = {
  director: [
    'director*', 'directora', 'head', 'head of', 'vp', 'svp', 'evp', 'vice president*', 'chief*', 'cco', 'cxo',
    '*direktør*', '*direktör*', '*direktor*', '*dyrektor*', 'dyrektorka', 'διευθυντ*', 'διευθύντρι*', 'διευθύνων*',
    'επικεφαλής', '*johtaja', '*bereichsleit*', 'geschäftsführ*', 'daglig leder', 'prezes', 'wiceprezes', 'juhatuse liige',
  ],
  manager: [
    'manager', 'managers', 'managerin', 'managera', 'managerem', 'managerze', 'mgr', 'menedżer*', 'menadżer*', 'kierownik*',
    'kierowniczka', '*juht', '*juhataja', 'juhataja', '*leder', 'leder', '*sjef', 'sjef', '*chef', 'chef', '*ansvarlig',
    '*ansvarig', '*leiter', 'leiterin', '*leiterin', 'leitung', '*leitung', '*päällikkö', 'προϊστάμεν*', 'υπεύθυν*', 'μάνατζερ',
    'head manager', 'general manager',
    // et "haldur" is the "manager" of fixed titles ("kliendihaldur" = account manager).
    '*haldur*',
    // Compounds ending in the manager word (de "Kundenbindungsmanager", nb "kundemanager").
    '*manager', '*managerin',
  ],
  supervisor: [
    'supervisor*', 'supervisora', 'shift lead*', 'shift manager*', 'shift supervisor*', 'floor manager*', 'floor supervisor*',
    'floor lead*', 'kierownik zmiany', 'kierowniczka zmiany', 'vahetuse juht', 'vahetusejuht', 'vahetuse vanem', 'vahetusevanem',
    '*schichtleit*', '*schichtführ*', 'vaktleder', 'skiftleder', 'skiftledare', 'arbetsledare', 'επόπτ*', 'επόπτρι*',
    '*esihenkilö*', '*esimies*', '*vuoropäällik*', 'brygadzista', 'superwizor*',
    ...['υπεύθυνος', 'υπεύθυνη', 'υπεύθυνο', 'επικεφαλής'].map((head) => `${head} βάρδιας`),
  ],
  team_leader: [
    'team lead*', 'team manager*', 'team coach*', 'lead', 'group lead*', 'teamleiter*', 'teamleitung', 'gruppenleit*',
    'teamleder*', 'gruppeleder*', 'lagleder*', 'teamledare*', 'gruppledare*', 'gruppchef*', 'teamchef*', '*meeskonnajuht*',
    '*tiimijuht*', '*tiiminvetäjä*', '*tiimivetäjä*', '*tiiminjohtaja*', '*tiimiesimies*', 'lider*', 'liderka', 'team leader*',
    'επικεφαλής ομάδας', 'υπεύθυνος ομάδας', 'υπεύθυνη ομάδας', 'αρχηγός ομάδας', 'συντονιστής ομάδας',
    // Group and team heads written as one word or with a manager word inside.
    'teamlead*', 'teammanager*', '*grupijuht*', '*rühmajuht*', '*tiimiesihenkilö*', '*ryhmänvetäjä*', '*ryhmänjohtaja*', '*ryhmäesihenkilö*',
    'kierownik zespołu', 'kierowniczka zespołu', 'menedżer zespołu', 'menadżer zespołu',
  ],
  agent: [
    '*veileder*', '*handledare*', 'lead generation', 'leads', 'customer management', 'account management',
    'management trainee', 'senior', 'specialist',
  ],
};

/** When the title has no level word: phrases that say the job leads people. */
export const TEXT_LEVEL_TERMS: Readonly<Partial<Record<Seniority, readonly string[]>>> = {
  supervisor: [
    'oversee team leads', 'oversee the team leads', 'oversees team leads', 'oversee team leaders', 'oversee two team leads',
    'oversee three team leads', 'supervise team leaders', 'supervise team leads', 'managing team leaders',
  ],
  team_leader: [
    'lead a team', 'leads a team', 'leading a team', 'lead a group of', 'lead a small team', 'manage a team of',
    'managing a team of', 'coach a team', 'lede et team', 'leda ett team', 'leder ett team', 'johtaa tiimiä', 'johdat tiimiä',
    'juhib meeskonda', 'juhtida meeskonda', 'kierować zespołem', 'poprowadzi zespół', 'zarządzanie zespołem', 'leitet ein team',
    'ein team von', 'führung eines teams', 'ηγείται ομάδας', 'καθοδήγηση ομάδας',
  ],
};
