import type { Role, Seniority } from './types';
import { ROLES, SENIORITIES } from './types';

// The public catalogue of roles and seniority levels (served at GET /api/taxonomy): display
// labels per language and the occupation codes each role maps to. Codes follow the domain
// brief; `approximate` marks the ones it gives as nearest codes (≈), not confirmed matches.
//
// ESCO occupations are named by the first segment of their concept URI, as the brief gives
// them; `uri` is filled only where the full URI was checked against published ESCO data.

export const CATALOGUE_LANGUAGES = ['en', 'et', 'nb', 'pl', 'el', 'de', 'fi', 'sv'] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];
export type Labels = Readonly<Record<CatalogueLanguage, string>>;

export interface EscoOccupation {
  /** First segment of the ESCO concept URI (http://data.europa.eu/esco/occupation/<id>-…). */
  id: string;
  uri?: string;
  label: string;
  isco: string;
}

export interface RoleCodes {
  isco08: readonly string[];
  esco: readonly EscoOccupation[];
  onet: readonly string[];
  approximate: boolean;
}

export interface RoleEntry {
  role: Role;
  labels: Labels;
  codes: RoleCodes;
}

export interface SeniorityEntry {
  seniority: Seniority;
  labels: Labels;
}

const ROLE_ENTRIES: Record<Role, Omit<RoleEntry, 'role'>> = {
  call_center: {
    labels: {
      en: 'Call centre', et: 'Kõnekeskus', nb: 'Kundesenter', pl: 'Call center / infolinia', el: 'Τηλεφωνικό κέντρο',
      de: 'Callcenter', fi: 'Puhelinasiakaspalvelu', sv: 'Callcenter',
    },
    codes: {
      isco08: ['4222', '5244'],
      esco: [
        { id: '0ededdc2', uri: 'http://data.europa.eu/esco/occupation/0ededdc2-050a-4ec3-8e70-6295105fcd19', label: 'call centre agent', isco: '5244' },
        { id: 'b7b75eb6', label: 'customer contact centre information clerk', isco: '4222' },
      ],
      onet: ['43-4051.00', '41-9041.00'],
      approximate: false,
    },
  },
  tech_support: {
    labels: {
      en: 'Technical support', et: 'Tehniline tugi', nb: 'Teknisk support', pl: 'Wsparcie techniczne', el: 'Τεχνική υποστήριξη',
      de: 'Technischer Support', fi: 'Tekninen tuki', sv: 'Teknisk support',
    },
    codes: {
      isco08: ['3512'],
      esco: [
        { id: 'aaeec9a7', uri: 'http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9', label: 'ICT help desk agent', isco: '3512' },
        { id: '1242d99a', label: 'ICT help desk manager', isco: '3512' },
      ],
      onet: ['15-1232.00'],
      approximate: false,
    },
  },
  crm_manager: {
    labels: {
      en: 'Customer relationships & CRM', et: 'Kliendisuhted ja CRM', nb: 'Kunderelasjoner og CRM', pl: 'Relacje z klientami i CRM',
      el: 'Πελατειακές σχέσεις και CRM', de: 'Kundenbeziehungen und CRM', fi: 'Asiakkuudet ja CRM', sv: 'Kundrelationer och CRM',
    },
    codes: {
      isco08: ['2431', '1221'],
      esco: [
        { id: '725090a7', label: 'client relations manager', isco: '2431' },
        { id: '9c9752b7', label: 'customer experience manager', isco: '2431' },
      ],
      onet: ['11-2021.00', '11-2022.00'],
      approximate: true,
    },
  },
  social_media: {
    labels: {
      en: 'Social media', et: 'Sotsiaalmeedia', nb: 'Sosiale medier', pl: 'Media społecznościowe', el: 'Μέσα κοινωνικής δικτύωσης',
      de: 'Social Media', fi: 'Sosiaalinen media', sv: 'Sociala medier',
    },
    codes: {
      isco08: ['2432'],
      esco: [{ id: '137b1d11', label: 'online community manager', isco: '2432' }],
      onet: ['27-3031.00'],
      approximate: false,
    },
  },
  customer_service: {
    labels: {
      en: 'Customer service', et: 'Klienditeenindus', nb: 'Kundeservice', pl: 'Obsługa klienta', el: 'Εξυπηρέτηση πελατών',
      de: 'Kundenservice', fi: 'Asiakaspalvelu', sv: 'Kundtjänst',
    },
    codes: {
      isco08: ['4222', '4225'],
      esco: [
        { id: '13d1b2b4', label: 'customer service representative', isco: '4225' },
        { id: '9d2aae3e', label: 'contact centre supervisor', isco: '3341' },
        { id: 'f5166c6b', label: 'contact centre manager', isco: '1439' },
      ],
      onet: ['43-4051.00', '43-1011.00'],
      approximate: false,
    },
  },
  cs_coordinator: {
    labels: {
      en: 'Customer service coordination', et: 'Klienditeeninduse koordineerimine', nb: 'Kundeservicekoordinering',
      pl: 'Koordynacja obsługi klienta', el: 'Συντονισμός εξυπηρέτησης πελατών', de: 'Koordination Kundenservice',
      fi: 'Asiakaspalvelun koordinointi', sv: 'Kundservicekoordinering',
    },
    codes: {
      isco08: ['4222', '4229'],
      esco: [{ id: 'bcc2c1db', label: 'service manager', isco: '1349' }],
      onet: ['43-4051.00'],
      approximate: true,
    },
  },
  sales_support: {
    labels: {
      en: 'Sales support', et: 'Müügitugi', nb: 'Salgsstøtte', pl: 'Wsparcie sprzedaży', el: 'Υποστήριξη πωλήσεων',
      de: 'Vertriebsinnendienst', fi: 'Myynnin tuki', sv: 'Säljsupport',
    },
    codes: {
      isco08: ['4311', '3322'],
      esco: [{ id: '5c1eba1e', label: 'sales support assistant', isco: '4311' }],
      onet: [],
      approximate: true,
    },
  },
};

const SENIORITY_LABELS: Record<Seniority, Labels> = {
  agent: { en: 'Agent / specialist', et: 'Spetsialist', nb: 'Medarbeider', pl: 'Specjalista', el: 'Υπάλληλος', de: 'Mitarbeiter/in', fi: 'Asiantuntija', sv: 'Medarbetare' },
  team_leader: { en: 'Team leader', et: 'Meeskonnajuht', nb: 'Teamleder', pl: 'Lider zespołu', el: 'Επικεφαλής ομάδας', de: 'Teamleiter/in', fi: 'Tiiminvetäjä', sv: 'Teamledare' },
  supervisor: { en: 'Supervisor', et: 'Vahetuse juht', nb: 'Vaktleder', pl: 'Kierownik zmiany', el: 'Επόπτης', de: 'Schichtleiter/in', fi: 'Esihenkilö', sv: 'Arbetsledare' },
  manager: { en: 'Manager', et: 'Juht', nb: 'Leder', pl: 'Kierownik', el: 'Προϊστάμενος', de: 'Leiter/in', fi: 'Päällikkö', sv: 'Chef' },
  director: { en: 'Director', et: 'Direktor', nb: 'Direktør', pl: 'Dyrektor', el: 'Διευθυντής', de: 'Direktor/in', fi: 'Johtaja', sv: 'Direktör' },
};

export interface TaxonomyCatalogue {
  languages: readonly CatalogueLanguage[];
  roles: readonly RoleEntry[];
  seniorities: readonly SeniorityEntry[];
}

/** The catalogue, roles and levels in their canonical order. */
export const TAXONOMY_CATALOGUE: TaxonomyCatalogue = Object.freeze({
  languages: CATALOGUE_LANGUAGES,
  roles: ROLES.map((role) => ({ role, ...ROLE_ENTRIES[role] })),
  seniorities: SENIORITIES.map((seniority) => ({ seniority, labels: SENIORITY_LABELS[seniority] })),
});

/** Display label of a role, falling back to English for languages without their own. */
export function roleLabel(role: Role, language: string): string {
  const labels = ROLE_ENTRIES[role].labels;
  return (labels as Record<string, string>)[language] ?? labels.en;
}

export function seniorityLabel(seniority: Seniority, language: string): string {
  const labels = SENIORITY_LABELS[seniority];
  return (labels as Record<string, string>)[language] ?? labels.en;
}
