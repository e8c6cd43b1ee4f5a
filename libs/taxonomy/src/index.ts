// Public surface of @app/taxonomy: pure functions, no I/O, no Nest.
export * from './types';
export { tagPosting, DESCRIPTION_TEXT_LIMIT } from './tag-posting';
export {
  CATALOGUE_LANGUAGES,
  TAXONOMY_CATALOGUE,
  roleLabel,
  seniorityLabel,
} from './catalogue';
export type { CatalogueLanguage, EscoOccupation, Labels, RoleCodes, RoleEntry, SeniorityEntry, TaxonomyCatalogue } from './catalogue';
export { classifyRoles } from './roles';
export type { RoleClassification, RoleInput } from './roles';
export { detectSeniority } from './seniority';
export type { LevelPhrase, SeniorityDetection } from './seniority';
export { detectLanguage } from './language';
export type { LanguageDetection } from './language';
export { cleanTitle, foldText, htmlToText, looksLikeHtml, normalizeWhitespace, tokenize } from './text';
export { buildEmployerDirectory, defaultEmployerEntries, employerDisplayName, employerKey } from './employers';
export { annualiseSalary, parseSalary } from './salary';
export { parseLocation } from './location';
export { detectRemote } from './remote';
export { detectSpokenLanguages } from './spoken-languages';
export { detectShifts } from './shifts';
