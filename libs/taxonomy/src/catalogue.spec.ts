import { CATALOGUE_LANGUAGES, TAXONOMY_CATALOGUE, roleLabel, seniorityLabel } from './catalogue';
import { ROLES, SENIORITIES } from './types';

describe('TAXONOMY_CATALOGUE', () => {
  it('lists every role and level once, in canonical order', () => {
    expect(TAXONOMY_CATALOGUE.roles.map((r) => r.role)).toEqual([...ROLES]);
    expect(TAXONOMY_CATALOGUE.seniorities.map((s) => s.seniority)).toEqual([...SENIORITIES]);
  });

  it('labels every role and level in en, et, nb, pl, el, de, fi and sv', () => {
    for (const entry of [...TAXONOMY_CATALOGUE.roles, ...TAXONOMY_CATALOGUE.seniorities]) {
      for (const language of CATALOGUE_LANGUAGES) expect(entry.labels[language].trim()).not.toBe('');
    }
  });

  it('gives each role ISCO-08 and ESCO codes in their published formats', () => {
    for (const { codes } of TAXONOMY_CATALOGUE.roles) {
      expect(codes.isco08.length).toBeGreaterThan(0);
      for (const isco of codes.isco08) expect(isco).toMatch(/^\d{4}$/);
      for (const esco of codes.esco) {
        expect(esco.id).toMatch(/^[0-9a-f]{8}$/);
        expect(esco.isco).toMatch(/^\d{4}$/);
        if (esco.uri) expect(esco.uri).toBe(`http://data.europa.eu/esco/occupation/${esco.uri.split('/').pop()}`);
        if (esco.uri) expect(esco.uri.split('/').pop()!.startsWith(esco.id)).toBe(true);
      }
      for (const onet of codes.onet) expect(onet).toMatch(/^\d{2}-\d{4}\.\d{2}$/);
    }
  });

  it('maps the headline codes of the domain brief', () => {
    const codes = Object.fromEntries(TAXONOMY_CATALOGUE.roles.map((r) => [r.role, r.codes]));
    expect(codes.tech_support.isco08).toContain('3512');
    expect(codes.tech_support.onet).toContain('15-1232.00');
    expect(codes.call_center.isco08).toEqual(expect.arrayContaining(['4222', '5244']));
    expect(codes.customer_service.onet).toContain('43-4051.00');
    expect(codes.social_media.isco08).toContain('2432');
  });

  it('falls back to English for a language without its own label', () => {
    expect(roleLabel('customer_service', 'pl')).toBe('Obsługa klienta');
    expect(roleLabel('customer_service', 'ja')).toBe('Customer service');
    expect(seniorityLabel('team_leader', 'de')).toBe('Teamleiter/in');
  });
});
