import { annualiseSalary } from './salary';
import { tagPosting } from './tag-posting';
import type { EmployerDirectory, TagInput, Tags } from './types';

const nullableString = (value: unknown): boolean => value === null || typeof value === 'string';

function expectTagsShape(tags: Tags): void {
  for (const list of [tags.roles, tags.spokenLanguages, tags.shifts, tags.remoteCountries, tags.explanation]) {
    expect(Array.isArray(list)).toBe(true);
  }
  expect(nullableString(tags.seniority)).toBe(true);
  expect(nullableString(tags.language)).toBe(true);
  expect(nullableString(tags.remote)).toBe(true);
  expect(nullableString(tags.location.city) && nullableString(tags.location.country)).toBe(true);
  expect(tags.salary === null || typeof tags.salary === 'object').toBe(true);
}

describe('tagPosting', () => {
  it('tags a customer-service posting and explains every decision', () => {
    const tags = tagPosting({
      title: 'Kundeservicemedarbeider – deltid',
      description:
        'Vi søker en kundeservicemedarbeider som skal svare kunder på telefon, e-post og chat. Du hjelper kundene med bestillinger og returer, og vi gir deg god opplæring. Arbeidstid på dagtid, noen helger.',
      employer: 'Nordlys Handel AS',
      location: 'Trondheim',
    });
    expect(tags.roles).toEqual(['customer_service']);
    expect(tags.seniority).toBe('agent');
    expect(tags.language).toBe('nb');
    expect(tags.employer).toMatchObject({ canonical: null });
    const fields = new Set(tags.explanation.map((e) => e.field));
    for (const field of ['roles', 'seniority', 'language', 'employer']) expect(fields.has(field as never)).toBe(true);
  });

  it('gives no seniority to a posting that is not customer-service work', () => {
    const tags = tagPosting({ title: 'Warehouse Associate – Customer Fulfilment Centre', description: 'Pick, pack and ship orders.' });
    expect(tags.roles).toEqual([]);
    expect(tags.seniority).toBeNull();
    expect(tags.explanation).toContainEqual(expect.objectContaining({ field: 'roles', rule: 'title-not-cs' }));
  });

  it('reads an HTML description as text', () => {
    const tags = tagPosting({
      title: 'Customer Care Associate',
      description: '<p>You will take <b>inbound calls</b> from members in our <a href="#">contact center</a>.</p><script>track()</script>',
    });
    expect(tags.roles).toEqual(['call_center']);
  });

  it('uses source hints for the place', () => {
    const tags = tagPosting({ title: 'Agent', location: 'somewhere', cityHint: 'Tartu', countryHint: 'ee' });
    expect(tags.location).toEqual({ city: 'Tartu', country: 'EE' });
  });

  it('never throws on bad input and returns unknowns with reasons', () => {
    const hostile: unknown[] = [
      {},
      { title: '', description: '', employer: '', location: '', salary: '' },
      { title: 42, description: { html: true }, employer: [], location: null, salary: 7 },
      { title: '😀🙂😀', description: '🙂'.repeat(10_000) },
      { title: 'Ω 日本語 العربية Ελληνικά русский', description: 'mixed scripts Łódź Ελλάδα Москва 東京' },
      { title: 'Agent', description: '<div><<<<>>>&&&&;;<p'.repeat(20_000) },
      { title: 'Agent', salary: 'negotiable' },
      { title: 'Agent', salary: '5000-3000' },
      null,
      undefined,
      'not an object',
    ];
    for (const input of hostile) {
      const tags = tagPosting(input as TagInput);
      expectTagsShape(tags);
      expect(tags.explanation.length).toBeGreaterThan(0);
    }
  });

  it('keeps time bounded on a 1 MB description', () => {
    const inputs: TagInput[] = [
      { title: 'Customer Service Agent', description: 'customer service call centre '.repeat(36_000) },
      { title: 'Agent', description: `<p>${'a'.repeat(1_000_000)}</p>` },
      { title: 'Agent', description: '1 000 – 2 000 € '.repeat(60_000) },
      { title: 'Agent', description: ' '.repeat(1_000_000) + 'remote' },
    ];
    for (const input of inputs) {
      const started = Date.now();
      tagPosting(input);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });

  it('keeps the posting when one detector fails, and says which', () => {
    const broken: EmployerDirectory = {
      entries: [],
      match: () => {
        throw new Error('directory unavailable');
      },
    };
    const tags = tagPosting({ title: 'Help Desk Analyst', employer: 'Acme' }, { employers: broken });
    expect(tags.roles).toEqual(['tech_support']);
    expect(tags.employer).toBeNull();
    expect(tags.explanation).toContainEqual({ field: 'employer', rule: 'detector-error', evidence: 'directory unavailable' });
  });

  it('annualises the parsed salary with the given rates, and only with rates', () => {
    const input: TagInput = { title: 'Customer Service Advisor', salary: '€2,000 per month', location: 'Dublin, Ireland' };
    const rates = { base: 'EUR', rates: { EUR: 1, USD: 0.9 } };
    expect(tagPosting(input).salaryAnnual).toBeNull();
    const tags = tagPosting(input, { rates });
    expect(tags.salary).toEqual({ min: 2000, max: 2000, currency: 'EUR', period: 'month' });
    expect(tags.salaryAnnual).toBe(annualiseSalary(tags.salary!, rates));
  });
});

