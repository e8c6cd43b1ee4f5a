export type EmploymentType = 'full_time' | 'part_time' | 'contract' | 'temporary' | 'internship' | 'volunteer' | 'per_diem' | 'other';

// schema.org employmentType values first, then the words ATS feeds and ads use in our languages.
const PATTERNS: [EmploymentType, RegExp][] = [
  ['part_time', /part[\s_-]?time|teilzeit|osaajaline|osalise|deltid|deltids|niepełny|część etatu|μερική|osa-aika/i],
  ['full_time', /full[\s_-]?time|vollzeit|täisajaga|täistööaeg|heltid|heltids|pełny etat|pełen etat|πλήρης|kokoaika|permanent/i],
  ['internship', /intern|praktik|staż|praktika|πρακτική|harjoittel/i],
  ['temporary', /temporary|temp\b|befristet|ajutine|midlertidig|vikariat|tymczasow|tillfällig|määräaikai|προσωρινή|seasonal/i],
  ['contract', /contract|freelance|b2b|zlecenie|fixed[\s_-]?term|konsult|συμβάσεως/i],
  ['volunteer', /volunteer|vabatahtlik|frivillig|wolontariat/i],
  ['per_diem', /per[\s_-]?diem/i],
];

export function parseEmploymentType(value: string | undefined): EmploymentType | null {
  if (!value) return null;
  const text = value.slice(0, 200);
  for (const [type, pattern] of PATTERNS) if (pattern.test(text)) return type;
  return /other/i.test(text) ? 'other' : null;
}
