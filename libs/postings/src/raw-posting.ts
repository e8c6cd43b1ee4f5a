/**
 * A posting as a source adapter (or the recruiter API) hands it over: untrusted, unnormalised,
 * every field as the source wrote it. `normalizePosting` turns it into a stored Posting.
 */
export interface RawPosting {
  /** Stable id of the posting within its source (ATS id, JSON-LD identifier, or the URL). */
  externalId: string;
  /** The page or API URL the posting was read from. */
  url: string;
  title: string;
  /** Untrusted HTML or plain text; sanitised during normalisation. */
  description: string;
  employer?: string;
  /** Free text as written ("Tallinn, Harjumaa, Estonia"). */
  location?: string;
  /** Structured place when the source gives one (JSON-LD PostalAddress, ATS fields). */
  city?: string;
  region?: string;
  /** ISO 3166-1 alpha-2 when known, otherwise as written. */
  country?: string;
  /** Hint from the source: schema.org jobLocationType TELECOMMUTE, an ATS "remote" flag, a workplace type. */
  remote?: 'remote' | 'hybrid' | 'onsite';
  /** Structured salary when the source gives one (schema.org baseSalary, ATS compensation). */
  salary?: { min?: number; max?: number; currency?: string; period?: string };
  /** Salary as written in text, when no structure is given or to keep the original wording. */
  salaryText?: string;
  /** schema.org employmentType values or the ATS's own words ("FULL_TIME", "Vollzeit"). */
  employmentType?: string;
  /** ISO 8601 dates or date-times as the source wrote them. */
  datePosted?: string;
  validThrough?: string;
  applyUrl?: string;
  /** ISO 639-1 when the source states the posting's language. */
  language?: string;
  department?: string;
}
