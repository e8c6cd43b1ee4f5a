// The fixed mix of searches the benchmark sends: the filter combinations job seekers use most,
// without and with keywords in the board's languages, one page deep and one keyset page further.

export const FILTER_QUERIES = [
  '',
  'role=call_center&country=DE',
  'role=tech_support,customer_service&remote=remote',
  'country=PL&city=Kraków&seniority=agent',
  'speaks=en&remote=remote,hybrid',
  'salaryMin=30000&currency=EUR&hasSalary=true&sort=salary',
  'postedWithin=7d&role=customer_service',
  'employer=amazon&country=US',
  'shift=night,weekend&language=en',
  'role=crm_manager&seniority=manager,director&country=NO,SE,FI',
];

export const KEYWORD_QUERIES = [
  'q=kundeservice',
  `q=${encodeURIComponent('obsługa klienta')}&country=PL`,
  `q=${encodeURIComponent('technical support')}&remote=remote`,
  `q=${encodeURIComponent('εξυπηρέτηση πελατών')}`,
  'q=klienditeenindaja&sort=relevance',
  'q=support&role=tech_support&country=GB,IE',
];

export const MIX = [...FILTER_QUERIES, ...KEYWORD_QUERIES];

/** The same searches asking for facets too. */
export const withFacets = (queries: readonly string[]): string[] => queries.map((q) => (q ? `${q}&facets=true` : 'facets=true'));

/**
 * Searches that no cache has seen: a random role, country and date window per request, so that
 * every facet count is computed from scratch over the whole index — the worst case, measured
 * apart from the steady-state mix.
 */
export function coldQuery(random: () => number): string {
  const roles = ['call_center', 'tech_support', 'crm_manager', 'social_media', 'customer_service', 'cs_coordinator', 'sales_support'];
  const countries = ['EE', 'NO', 'PL', 'GR', 'DE', 'FI', 'SE', 'GB', 'IE', 'US'];
  const hours = 1 + Math.floor(random() * 2000);
  return `role=${roles[Math.floor(random() * roles.length)]}&country=${countries[Math.floor(random() * countries.length)]}&postedWithin=${hours}h&facets=true`;
}
