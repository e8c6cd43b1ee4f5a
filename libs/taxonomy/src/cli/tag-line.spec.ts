import { tagLine } from './tag-line';

const parse = (line: string) => JSON.parse(tagLine(line)) as Record<string, unknown>;

describe('tagLine', () => {
  it('writes the contract fields in the contract order', () => {
    const out = parse(JSON.stringify({ title: 'Help Desk Analyst', description: 'Reset passwords and fix laptops for staff.', employer: 'Optum', location: 'Dublin, Ireland' }));
    expect(Object.keys(out)).toEqual(['roles', 'seniority', 'employer', 'salary', 'language', 'remote', 'location', 'spokenLanguages', 'shifts']);
    expect(out.roles).toEqual(['tech_support']);
    expect(out.employer).toEqual(expect.objectContaining({ canonical: 'UnitedHealth Group', display: expect.any(String), key: expect.any(String) }));
  });

  it('accepts missing fields and echoes an id', () => {
    const out = parse('{"id":"row-7"}');
    expect(out.id).toBe('row-7');
    expect(out.roles).toEqual([]);
    expect(out.employer).toBeNull();
    expect(out.salary).toBeNull();
  });

  it('adds the explanation on request', () => {
    const out = JSON.parse(tagLine('{"title":"Call Centre Team Leader"}', { explain: true })) as { explanation: unknown[] };
    expect(out.explanation).toContainEqual(expect.objectContaining({ field: 'roles' }));
  });

  it.each([
    ['', 'empty line'],
    ['not json', 'not JSON'],
    ['[1,2]', 'JSON object'],
    ['null', 'JSON object'],
    ['"text"', 'JSON object'],
    ['{"title": 5}', 'title must be a string'],
    ['{"description": ["a"]}', 'description must be a string'],
  ])('answers a bad line %j with an error', (line, message) => {
    const out = parse(line);
    expect(Object.keys(out)).toEqual(['error']);
    expect(String(out.error)).toContain(message);
  });
});
