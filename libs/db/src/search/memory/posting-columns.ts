import { RemoteMode, Role, Seniority, Shift } from '../../generated/prisma/enums';
import { parseUuid } from './uuid-doc-map';
import { ValueDictionary } from './value-dictionary';

export const ROLE_VALUES = Object.values(Role);
export const SENIORITY_VALUES = Object.values(Seniority);
export const REMOTE_VALUES = Object.values(RemoteMode);
export const SHIFT_VALUES = Object.values(Shift);
/** Spoken languages are a bit mask per posting; 64 codes is far more than the taxonomy detects. */
export const MAX_SPOKEN_LANGUAGES = 64;

/** What the index keeps of one open posting: the filterable values only, never text. */
export interface IndexedPosting {
  id: string;
  roles: readonly string[];
  seniority: string | null;
  remoteMode: string | null;
  shifts: readonly string[];
  language: string | null;
  country: string | null;
  /** search_fold(city), computed by PostgreSQL so that both sides fold alike. */
  cityFolded: string | null;
  employerKey: string | null;
  /** search_fold(employer_name). */
  employerNameFolded: string;
  /** Display name: the employer's, else the posting's employer name. */
  employerLabel: string;
  spokenLanguages: readonly string[];
  salaryAnnual: number | null;
  /** coalesce(posted_at, created_at) in epoch ms. */
  sortAt: number;
}

function maskOf(values: readonly string[], order: readonly string[]): number {
  let mask = 0;
  for (const v of values) {
    const i = order.indexOf(v);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

/**
 * The postings of the index as columns: document number → value, one typed array per filter.
 * A removed posting keeps its slot with `alive` cleared until the next full reload compacts.
 */
export class PostingColumns {
  capacity: number;
  /** Documents ever assigned (alive or not): the scan bound. */
  length = 0;
  alive!: Uint8Array;
  roles!: Uint8Array;
  seniority!: Uint8Array;
  remote!: Uint8Array;
  shifts!: Uint8Array;
  language!: Uint32Array;
  country!: Uint32Array;
  city!: Uint32Array;
  employerKey!: Uint32Array;
  employerName!: Uint32Array;
  employerFacet!: Uint32Array;
  spokenLo!: Uint32Array;
  spokenHi!: Uint32Array;
  salary!: Float64Array;
  sortAt!: Float64Array;
  /** The posting's UUID as four big-endian words: PostgreSQL's uuid order is their unsigned order. */
  ids!: Uint32Array;
  private readonly word = new Uint32Array(4);

  readonly languages = new ValueDictionary();
  readonly countries = new ValueDictionary();
  readonly cities = new ValueDictionary();
  readonly employerKeys = new ValueDictionary();
  readonly employerNames = new ValueDictionary();
  /** An employer's facet value: its key when the posting is linked to one, else its folded name. */
  readonly employerFacets = new ValueDictionary();
  readonly spoken = new ValueDictionary();

  constructor(capacity = 1024) {
    this.capacity = Math.max(16, capacity);
    this.allocate(this.capacity);
  }

  /** Writes `p` into document `doc` (a fresh one when `doc` is undefined) and returns it. */
  write(p: IndexedPosting, doc?: number): number {
    if (doc === undefined) {
      if (this.length === this.capacity) this.allocate(this.capacity * 2);
      doc = this.length++;
    }
    this.alive[doc] = 1;
    this.roles[doc] = maskOf(p.roles, ROLE_VALUES);
    this.seniority[doc] = p.seniority ? SENIORITY_VALUES.indexOf(p.seniority as Seniority) + 1 : 0;
    this.remote[doc] = p.remoteMode ? REMOTE_VALUES.indexOf(p.remoteMode as RemoteMode) + 1 : 0;
    this.shifts[doc] = maskOf(p.shifts, SHIFT_VALUES);
    this.language[doc] = this.languages.code(p.language);
    this.country[doc] = this.countries.code(p.country);
    this.city[doc] = this.cities.code(p.cityFolded);
    this.employerKey[doc] = this.employerKeys.code(p.employerKey);
    this.employerName[doc] = this.employerNames.code(p.employerNameFolded);
    this.employerFacet[doc] = this.employerFacets.code(p.employerKey ?? p.employerNameFolded, p.employerLabel);
    let lo = 0;
    let hi = 0;
    for (const lang of p.spokenLanguages) {
      const bit = this.spoken.code(lang) - 1;
      if (bit >= MAX_SPOKEN_LANGUAGES) throw new Error(`more than ${MAX_SPOKEN_LANGUAGES} spoken languages`);
      if (bit < 32) lo |= 1 << bit;
      else if (bit >= 0) hi |= 1 << (bit - 32);
    }
    this.spokenLo[doc] = lo >>> 0;
    this.spokenHi[doc] = hi >>> 0;
    this.salary[doc] = p.salaryAnnual ?? Number.NaN;
    this.sortAt[doc] = p.sortAt;
    if (!parseUuid(p.id, this.word)) throw new Error(`not a UUID: ${p.id}`);
    this.ids.set(this.word, doc * 4);
    return doc;
  }

  idOf(doc: number): string {
    const hex = (w: number) => this.ids[doc * 4 + w].toString(16).padStart(8, '0');
    const [a, b, c, d] = [hex(0), hex(1), hex(2), hex(3)];
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  }

  /** Negative when `a`'s id sorts before `b`'s, as PostgreSQL orders uuids. */
  compareIds(a: number, b: number): number {
    for (let w = 0; w < 4; w++) {
      const x = this.ids[a * 4 + w];
      const y = this.ids[b * 4 + w];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  }

  remove(doc: number): void {
    this.alive[doc] = 0;
  }

  private allocate(capacity: number): void {
    const grow = <T extends Uint8Array | Uint32Array | Float64Array>(old: T | undefined, make: (n: number) => T): T => {
      const next = make(capacity);
      if (old) next.set(old);
      return next;
    };
    this.alive = grow(this.alive, (n) => new Uint8Array(n));
    this.roles = grow(this.roles, (n) => new Uint8Array(n));
    this.seniority = grow(this.seniority, (n) => new Uint8Array(n));
    this.remote = grow(this.remote, (n) => new Uint8Array(n));
    this.shifts = grow(this.shifts, (n) => new Uint8Array(n));
    this.language = grow(this.language, (n) => new Uint32Array(n));
    this.country = grow(this.country, (n) => new Uint32Array(n));
    this.city = grow(this.city, (n) => new Uint32Array(n));
    this.employerKey = grow(this.employerKey, (n) => new Uint32Array(n));
    this.employerName = grow(this.employerName, (n) => new Uint32Array(n));
    this.employerFacet = grow(this.employerFacet, (n) => new Uint32Array(n));
    this.spokenLo = grow(this.spokenLo, (n) => new Uint32Array(n));
    this.spokenHi = grow(this.spokenHi, (n) => new Uint32Array(n));
    this.salary = grow(this.salary, (n) => new Float64Array(n));
    this.sortAt = grow(this.sortAt, (n) => new Float64Array(n));
    const ids = new Uint32Array(capacity * 4);
    if (this.ids) ids.set(this.ids);
    this.ids = ids;
    this.capacity = capacity;
  }
}
