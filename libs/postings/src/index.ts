export type { RawPosting } from './raw-posting';
export { normalizePosting, InvalidPostingError, type NormalizedPosting } from './normalize-posting';
export { sanitizeDescription, descriptionToText, MAX_DESCRIPTION_CHARS } from './sanitize-description';
export { postingFingerprint, normalizeTitle, foldForMatch, contentHash } from './fingerprint';
export { parseEmploymentType, type EmploymentType } from './employment-type';
export { parseFeedDate } from './parse-date';
