import { applyPatch, inputChanges, requestHash, toRawPosting, validatePostingFields, type PostingInput } from './posting-input';
import { isApplyUrl } from './dto/posting-validators';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const valid = {
  title: '  Customer Service Agent ',
  description: '<p>Help customers.</p><script>alert(1)</script>',
  salaryMin: 1400,
  salaryMax: 1800,
  salaryCurrency: 'eur',
  salaryPeriod: 'month',
  applyUrl: 'https://jobs.example.com/1',
  validThrough: inDays(10),
};

describe('validatePostingFields', () => {
  it('gives the stored form: trimmed, currency upper-cased, description sanitised', () => {
    const { input } = validatePostingFields(valid);
    expect(input).toMatchObject({ title: 'Customer Service Agent', salaryCurrency: 'EUR', description: '<p>Help customers.</p>' });
  });

  it.each([
    [{ salaryMax: 1000 }, ['salaryMax']],
    [{ salaryCurrency: 'ABC' }, ['salaryCurrency']],
    [{ salaryPeriod: undefined }, ['salaryPeriod']],
    [{ validThrough: '2001-01-01' }, ['validThrough']],
    [{ validThrough: 'tomorrow' }, ['validThrough']],
    [{ applyUrl: 'javascript:alert(1)' }, ['applyUrl']],
    [{ applyEmail: 'jobs@example.com' }, ['applyEmail']],
    [{ country: 'Estonia' }, ['country']],
    [{ title: 'x'.repeat(201) }, ['title']],
    [{ description: '<img src=x onerror=alert(1)>' }, ['description']],
    [{ role: 'admin' }, ['role']],
  ])('refuses %j naming %j', (override, fields) => {
    const { input, errors } = validatePostingFields({ ...valid, ...override });
    expect(input).toBeNull();
    expect(errors.map((e) => e.parameter)).toEqual(fields);
  });
});

describe('isApplyUrl', () => {
  it.each([
    ['https://jobs.example.com/apply?id=1', true],
    ['http://example.org', true],
    ['mailto:jobs@example.com', true],
    ['mailto:jobs@example.com?subject=Agent', true],
    ['mailto:not-an-address', false],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,x', false],
    ['ftp://example.com/x', false],
    ['//example.com/apply', false],
    [`https://example.com/${'a'.repeat(2000)}`, false],
  ])('%s → %s', (url, ok) => {
    expect(isApplyUrl(url)).toBe(ok);
  });
});

describe('editing stored fields', () => {
  const stored = validatePostingFields(valid).input as PostingInput;

  it('applies a patch: null clears a field, one apply target replaces the other', () => {
    const merged = applyPatch(stored, { location: 'Tartu', salaryMin: null, salaryMax: null, salaryCurrency: null, salaryPeriod: null, applyEmail: 'jobs@example.com' });
    expect(merged).toMatchObject({ location: 'Tartu', applyEmail: 'jobs@example.com' });
    expect(merged).not.toHaveProperty('salaryMin');
    expect(merged).not.toHaveProperty('applyUrl');
    expect(validatePostingFields(merged).errors).toEqual([]);
  });

  it('records what changed, field by field', () => {
    const after = { ...stored, title: 'Team Leader' };
    expect(inputChanges(stored, after)).toEqual({ title: { from: 'Customer Service Agent', to: 'Team Leader' } });
    expect(inputChanges(stored, stored)).toEqual({});
  });

  it('hashes a request by its content and employer', () => {
    expect(requestHash('e1', stored)).toBe(requestHash('e1', { ...stored }));
    expect(requestHash('e1', stored)).not.toBe(requestHash('e2', stored));
    expect(requestHash('e1', stored)).not.toBe(requestHash('e1', { ...stored, title: 'Other' }));
  });

  it('turns an apply e-mail into a mailto: link for the normalize queue', () => {
    const raw = toRawPosting('id-1', { ...stored, applyUrl: undefined, applyEmail: 'jobs@example.com' }, 'Acme', new Date(0), 'http://127.0.0.1:3000');
    expect(raw).toMatchObject({ externalId: 'id-1', employer: 'Acme', applyUrl: 'mailto:jobs@example.com', url: 'http://127.0.0.1:3000/api/recruiter/postings/id-1' });
  });
});
