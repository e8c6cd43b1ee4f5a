import type { EmployerEntry } from '../types';
import { defaultEmployerEntries } from './default-employer-entries';
import { buildEmployerDirectory } from './employer-directory';

const directory = buildEmployerDirectory(defaultEmployerEntries());
const canonical = (raw: string): string | null => directory.match(raw).tag.canonical;

describe('employer directory: canonical employers', () => {
  it.each([
    ['Amazon Logistic Poland Sp. z o.o.', 'Amazon'],
    ['AMAZON WEB SERVICES EMEA SARL', 'Amazon'],
    ['Amazon Development Center Germany GmbH', 'Amazon'],
    ['Whole Foods Market, Inc.', 'Amazon'],
    ['Apple Operations Europe Ltd', 'Apple'],
    ['Apple Retail UK Limited', 'Apple'],
    ['Apple Sverige AB', 'Apple'],
    ['Optum Health Solutions (UK) Ltd', 'UnitedHealth Group'],
    ['OptumRx, Inc.', 'UnitedHealth Group'],
    ['United HealthCare Services, Inc.', 'UnitedHealth Group'],
    ['Change Healthcare Operations LLC', 'UnitedHealth Group'],
    ['Home Depot Mexico S. de R.L. de C.V.', 'The Home Depot'],
    ['HD Supply Facilities Maintenance', 'The Home Depot'],
    ['JP Morgan Chase Bank', 'JPMorgan Chase'],
    ['JPMorganChase', 'JPMorgan Chase'],
    ['J.P. Morgan Securities plc', 'JPMorgan Chase'],
    ['Chase Bank USA', 'JPMorgan Chase'],
    ['Hilton Garden Inn Kraków Airport', 'Hilton'],
    ['DoubleTree by Hilton Hotel Tallinn', 'Hilton'],
    ['Embassy Suites by Hilton Denver', 'Hilton'],
    ['Hilton Helsinki Strand', 'Hilton'],
    ['Hilton Worldwide Holdings Inc.', 'Hilton'],
    ['American Express Payment Services Limited', 'American Express'],
    ['AMEX', 'American Express'],
    ['Southwest Airlines Co', 'Southwest Airlines'],
    ['SWA', 'Southwest Airlines'],
    ['Delta Airlines', 'Delta Air Lines'],
    ['Delta Air Lines Inc', 'Delta Air Lines'],
    ['Delta', 'Delta Air Lines'],
    ['Endeavor Air', 'Delta Air Lines'],
    ['Delta Sky Club', 'Delta Air Lines'],
    ['Conrad Dublin', 'Hilton'],
    ['Chase Manhattan Bank', 'JPMorgan Chase'],
    ['Amex Bank of Canada', 'American Express'],
    ['Grupa UnitedHealth', 'UnitedHealth Group'],
    ['AWS EMEA SARL', 'Amazon'],
    ['Delta Vacations LLC', 'Delta Air Lines'],
  ])('%s → %s', (raw, expected) => {
    expect(canonical(raw)).toBe(expected);
  });

  it.each([
    ['Amazonka', 'Amazon'],
    ['Jabłko', 'Apple'],
    ['Jabłko Polska Sp. z o.o.', 'Apple'],
    ['Zjednoczona Grupa Zdrowia', 'UnitedHealth Group'],
    ['Magazyn domowy', 'The Home Depot'],
    ['Linie Lotnicze Delta', 'Delta Air Lines'],
    ['Amerykański Ekspres', 'American Express'],
    ['Południowo-Zachodnie Linie Lotnicze', 'Southwest Airlines'],
  ])('machine-translation mistake %s → %s', (raw, expected) => {
    expect(canonical(raw)).toBe(expected);
  });

  it.each([
    'Apple Leisure Group',
    'Apple Hospitality REIT, Inc.',
    "Applebee's Neighborhood Grill",
    'Delta Electronics (Poland) Sp. z o.o.',
    'Delta Hotels by Marriott Montreal',
    'Delta Dental of California',
    'Chase Recruitment Ltd',
    'Office Depot, LLC',
    'Southwest Gas Corporation',
    'Hilton Food Group plc',
    'Hilton Grand Vacations Inc.',
    'AMAZONEN-WERKE H. Dreyer SE & Co. KG',
    'American Express Global Business Travel',
    'Amex GBT',
    'American Express GBT Sp. z o.o.',
    'Conrad Electronic SE',
    'Apple Federal Credit Union',
    'Morgan Stanley',
    'United Health Services Hospitals',
    'Universal Health Services',
  ])('look-alike %s does not match', (raw) => {
    expect(canonical(raw)).toBeNull();
  });

  it.each([
    'Jabłkowy Sad Nowak',
    'Big Apple Bagels',
    'Rio Delta Logistics',
    'Paper Chase Stationery',
    'Omena Hotels Oy',
    'Deltaco AB',
    'Amazonia Travel',
    'Delta Faucet Company Inc Plumbing Division',
  ])('other companies with a brand word stay unmatched: %s', (raw) => {
    expect(canonical(raw)).toBeNull();
  });

  it('explains which alias or look-alike decided', () => {
    expect(directory.match('Optum Rx').explanation).toEqual([{ field: 'employer', rule: 'employer.alias', evidence: 'Optum Rx' }]);
    expect(directory.match('Southwest Gas').explanation[0]).toMatchObject({ rule: 'employer.lookalike', evidence: 'Southwest Gas' });
    expect(directory.match('Jabłko').explanation[0]).toMatchObject({ rule: 'employer.misspelling' });
  });
});

describe('employer directory: display names and keys', () => {
  it.each([
    ['THE HOME DEPOT', 'The Home Depot'],
    ['SOUTHWEST AIRLINES CO.', 'Southwest Airlines'],
    ['DELTA AIRLINES', 'Delta Air Lines'],
    ['Delta Airlines, Inc.', 'Delta Air Lines'],
    ['Jpmorgan Chase & Co.', 'JPMorgan Chase'],
    ['AMAZONEN-WERKE H. Dreyer SE & Co. KG', 'Amazonen-Werke H. Dreyer'],
    ['Amazon Web Services, Inc. (AWS)', 'Amazon Web Services'],
    ['Optum Services (Ireland) Limited', 'Optum Services (Ireland)'],
    ['Home Depot U.S.A., Inc.', 'Home Depot U.S.A.'],
    ['Hilton Tallinn Park', 'Hilton Tallinn Park'],
    ['J.P. Morgan SE', 'J.P. Morgan'],
    ['Amex', 'Amex'],
    ['Jabłko Sp. z o.o.', 'Apple'],
    ['NORDIC IT SERVICES AS', 'Nordic IT Services'],
    ['Φαρμακείο Κεντρικό Α.Ε.', 'Φαρμακείο Κεντρικό'],
  ])('%s is shown as %s', (raw, display) => {
    expect(directory.match(raw).tag.display).toBe(display);
  });

  it('gives the same key to spellings of the same company', () => {
    const key = (raw: string): string => directory.match(raw).tag.key;
    expect(key('Delta Air Lines, Inc.')).toBe(key('DELTA AIRLINES'));
    expect(key('The Home Depot')).toBe(key('THE HOME DEPOT'));
    expect(key('Kraków Logistyka Sp. z o.o.')).toBe(key('KRAKOW LOGISTYKA SP. Z O.O.'));
    expect(key('Fjord Energi AS')).toBe(key('Fjord Energi'));
    expect(key('Ωκεανίς Τηλεπικοινωνίες Α.Ε.')).toBe(key('ΩΚΕΑΝΙΣ ΤΗΛΕΠΙΚΟΙΝΩΝΙΕΣ ΑΕ'));
    expect(key('Optum Rx')).not.toBe(key('UnitedHealth Group'));
  });

  it('never throws on bad input and bounds the work', () => {
    for (const raw of ['', '   ', '<b>&amp;</b>', '🙂🙂🙂', '12345', 'Sp. z o.o.', 'a'.repeat(1_000_000), '(('.repeat(500_000)]) {
      const started = Date.now();
      const { tag } = directory.match(raw);
      expect(typeof tag.display).toBe('string');
      expect(typeof tag.key).toBe('string');
      expect(Date.now() - started).toBeLessThan(200);
    }
    expect(directory.match(undefined as unknown as string).tag).toEqual({ canonical: null, display: '', key: '' });
  });
});

describe('employer directory: entries come from data, not code', () => {
  const entries: EmployerEntry[] = [
    { canonical: 'Nordlys Telecom', aliases: ['Nordlys', 'NLT Kundeservice'], lookalikes: ['Nordlys Bakeri'] },
  ];
  const custom = buildEmployerDirectory(entries);

  it('matches the aliases it is given, which an admin may add', () => {
    expect(custom.match('NLT Kundeservice AS').tag.canonical).toBe('Nordlys Telecom');
    expect(custom.match('Nordlys Oslo').tag.canonical).toBe('Nordlys Telecom');
    expect(custom.match('Nordlys Bakeri AS').tag.canonical).toBeNull();
    expect(custom.match('Amazon').tag.canonical).toBeNull();
    expect(custom.entries).toBe(entries);
  });

  it('tolerates malformed entries', () => {
    const broken = buildEmployerDirectory([
      { canonical: '', aliases: ['X'], lookalikes: [] },
      { canonical: 'Ok', aliases: null as unknown as string[], lookalikes: [42 as unknown as string] },
    ]);
    expect(broken.match('Ok Group').tag.canonical).toBe('Ok');
    expect(buildEmployerDirectory(null as unknown as EmployerEntry[]).match('Amazon').tag.canonical).toBeNull();
  });
});
