import type { SalaryTag } from '../types';
import { parseSalary } from './parse-salary';

const tag = (min: number | null, max: number | null, currency: string | null, period: SalaryTag['period']): SalaryTag => ({ min, max, currency, period });
const parse = (text: string, country: string | null = null, language: string | null = null): SalaryTag | null =>
  parseSalary(text, { country, language }).salary;

describe('parseSalary: the way ads write pay', () => {
  it.each<[string, string | null, string | null, SalaryTag]>([
    ['$18.75 an hour', 'US', 'en', tag(18.75, 18.75, 'USD', 'hour')],
    ['Pay: $19-$23 per hour', 'US', 'en', tag(19, 23, 'USD', 'hour')],
    ['$45K - $55K per year', 'US', 'en', tag(45000, 55000, 'USD', 'year')],
    ['Salary range: $52,000–$64,000', 'US', 'en', tag(52000, 64000, 'USD', 'year')],
    ['$3,200/month', 'US', 'en', tag(3200, 3200, 'USD', 'month')],
    ['£26,500 - £29,000 per annum', 'GB', 'en', tag(26500, 29000, 'GBP', 'year')],
    ['£11.44 per hour', 'GB', 'en', tag(11.44, 11.44, 'GBP', 'hour')],
    ['£28k', 'GB', 'en', tag(28000, 28000, 'GBP', 'year')],
    ['€31,000 p.a.', 'IE', 'en', tag(31000, 31000, 'EUR', 'year')],
    ['$21.50/hour', 'CA', 'en', tag(21.5, 21.5, 'CAD', 'hour')],
    ['CAD 55,000 annually', 'CA', 'en', tag(55000, 55000, 'CAD', 'year')],
    ['1 500–1 900 € kuus (bruto)', 'EE', 'et', tag(1500, 1900, 'EUR', 'month')],
    ['Tunnitasu 8 €/h', 'EE', 'et', tag(8, 8, 'EUR', 'hour')],
    ['palk 2000 eurot kuus', 'EE', 'et', tag(2000, 2000, 'EUR', 'month')],
    ['Årslønn 520 000 – 580 000 kr', 'NO', 'nb', tag(520000, 580000, 'NOK', 'year')],
    ['Timelønn kr 230,-', 'NO', 'nb', tag(230, 230, 'NOK', 'hour')],
    ['kr 45 000 per måned', 'NO', 'nb', tag(45000, 45000, 'NOK', 'month')],
    ['Månadslön 32 000 kr', 'SE', 'sv', tag(32000, 32000, 'SEK', 'month')],
    ['Timlön 150–170 kr/tim', 'SE', 'sv', tag(150, 170, 'SEK', 'hour')],
    ['Løn 32.000 kr. om måneden', 'DK', 'da', tag(32000, 32000, 'DKK', 'month')],
    ['8 000 - 10 000 PLN brutto miesięcznie', 'PL', 'pl', tag(8000, 10000, 'PLN', 'month')],
    ['wynagrodzenie: 6,5 tys. zł brutto', 'PL', 'pl', tag(6500, 6500, 'PLN', 'month')],
    ['Μισθός 1.100€ μικτά', 'GR', 'el', tag(1100, 1100, 'EUR', 'month')],
    ['€1.200,50 μικτά μηνιαίως', 'GR', 'el', tag(1200.5, 1200.5, 'EUR', 'month')],
    ['20.000€ - 26.000€ μικτά ετησίως', 'GR', 'el', tag(20000, 26000, 'EUR', 'year')],
    ['3.400 € brutto/Monat', 'DE', 'de', tag(3400, 3400, 'EUR', 'month')],
    ['48.000 – 54.000 € Jahresgehalt', 'DE', 'de', tag(48000, 54000, 'EUR', 'year')],
    ['14,50 €/Std.', 'DE', 'de', tag(14.5, 14.5, 'EUR', 'hour')],
    ['2 600 €/kk', 'FI', 'fi', tag(2600, 2600, 'EUR', 'month')],
    ['Tuntipalkka 14,20 €', 'FI', 'fi', tag(14.2, 14.2, 'EUR', 'hour')],
    ['Palkka 2 400–2 800 euroa kuukaudessa', 'FI', 'fi', tag(2400, 2800, 'EUR', 'month')],
    ['Alga 1200 EUR bruto mēnesī', 'LV', 'lv', tag(1200, 1200, 'EUR', 'month')],
    ['1\u00a0750\u00a0€ bruto', 'EE', 'et', tag(1750, 1750, 'EUR', 'month')],
    ['$24.00/hr - $26.00/hr', 'US', 'en', tag(24, 26, 'USD', 'hour')],
    ['$45-55K', 'US', 'en', tag(45000, 55000, 'USD', 'year')],
    ['widełki: 9-12k PLN', 'PL', 'pl', tag(9000, 12000, 'PLN', 'month')],
    ['Wynagrodzenie: 5000-6000 zł brutto/msc', 'PL', 'pl', tag(5000, 6000, 'PLN', 'month')],
    ['Brutopalk alates 1800 eurost', 'EE', 'et', tag(1800, null, 'EUR', 'month')],
    ['Lønnsramme: 480 000–540 000 kroner', 'NO', 'nb', tag(480000, 540000, 'NOK', 'year')],
    ['Jahresgehalt ab 50.000 €', 'DE', 'de', tag(50000, null, 'EUR', 'year')],
    ['Μικτές μηνιαίες αποδοχές: 1.100€ - 1.300€', 'GR', 'el', tag(1100, 1300, 'EUR', 'month')],
  ])('%s', (text, country, language, expected) => {
    expect(parse(text, country, language)).toEqual(expected);
  });

  it('takes the currency from the sign and the country: $ in Canada, kr in Norway and Sweden', () => {
    expect(parse('$20/hr', 'CA')?.currency).toBe('CAD');
    expect(parse('$20/hr', 'US')?.currency).toBe('USD');
    expect(parse('300 000 kr', 'NO')?.currency).toBe('NOK');
    expect(parse('30 000 kr', 'SE')?.currency).toBe('SEK');
    expect(parse('30 000 kr', null, 'sv')?.currency).toBe('SEK');
    expect(parse('30 000 kr', null, null)).toMatchObject({ currency: null });
  });

  it('infers the period from magnitude and country habit when no word says it', () => {
    expect(parse('650 000 kr', 'NO')?.period).toBe('year');
    expect(parse('38 000 kr', 'SE')?.period).toBe('month');
    expect(parse('£24,000', 'GB')?.period).toBe('year');
    expect(parse('7 200 zł brutto', 'PL')?.period).toBe('month');
    expect(parse('1.400€ μικτά', 'GR')?.period).toBe('month');
    expect(parse('$17', 'US')?.period).toBe('hour');
  });
});

describe('parseSalary: from, up to, ranges and extras', () => {
  it.each<[string, string, SalaryTag]>([
    ['From $17.50 per hour', 'US', tag(17.5, null, 'USD', 'hour')],
    ['Brutopalk alates 1700 €', 'EE', tag(1700, null, 'EUR', 'month')],
    ['od 35 zł/h netto (B2B)', 'PL', tag(35, null, 'PLN', 'hour')],
    ['ab 45.000 € p.a.', 'DE', tag(45000, null, 'EUR', 'year')],
    ['Lønn fra 480 000 kr', 'NO', tag(480000, null, 'NOK', 'year')],
    ['από 1.000€ καθαρά', 'GR', tag(1000, null, 'EUR', 'month')],
    ['2 500 € alkaen', 'FI', tag(2500, null, 'EUR', 'month')],
    ['$20+ per hour', 'US', tag(20, null, 'USD', 'hour')],
    ['Up to $25/hr', 'US', tag(null, 25, 'USD', 'hour')],
    ['do 9 000 zł brutto', 'PL', tag(null, 9000, 'PLN', 'month')],
    ['bis zu 60.000 € im Jahr', 'DE', tag(null, 60000, 'EUR', 'year')],
    ['between $40,000 and $48,000 a year', 'US', tag(40000, 48000, 'USD', 'year')],
  ])('%s', (text, country, expected) => {
    expect(parse(text, country)).toEqual(expected);
  });

  it('swaps a reversed range and says so', () => {
    const result = parseSalary('$30 – $25 per hour', { country: 'US', language: 'en' });
    expect(result.salary).toEqual(tag(25, 30, 'USD', 'hour'));
    expect(result.explanation.map((e) => e.rule)).toContain('salary.range-reversed');
  });

  it('uses the employment-contract range when several contract types are offered', () => {
    expect(parse('7000-9000 zł brutto (UoP) lub 9000-11000 zł netto + VAT (B2B)', 'PL')).toEqual(tag(7000, 9000, 'PLN', 'month'));
  });

  it.each<[string, string, SalaryTag]>([
    ['$22/hr plus $2/hr shift differential', 'US', tag(22, 22, 'USD', 'hour')],
    ['Sign-on bonus of $1,000! Base pay $16/hr', 'US', tag(16, 16, 'USD', 'hour')],
    ['$1,500 referral bonus. Hourly rate: $18.40', 'US', tag(18.4, 18.4, 'USD', 'hour')],
    ['£23,000 per annum plus £1,200 shift allowance', 'GB', tag(23000, 23000, 'GBP', 'year')],
    ['6 000 zł brutto + premia do 1 500 zł', 'PL', tag(6000, 6000, 'PLN', 'month')],
    ['1300 € bruto + õhtulisa 2 €/h', 'EE', tag(1300, 1300, 'EUR', 'month')],
    ['Timelønn 210 kr + kveldstillegg 45 kr', 'NO', tag(210, 210, 'NOK', 'hour')],
    ['Grundlön 27 000 kr + provision', 'SE', tag(27000, 27000, 'SEK', 'month')],
    ['1.150€ μικτά + επίδομα 100€', 'GR', tag(1150, 1150, 'EUR', 'month')],
  ])('leaves bonuses, allowances and differentials out: %s', (text, country, expected) => {
    expect(parse(text, country)).toEqual(expected);
  });

  it('does not take a period from the next sentence', () => {
    expect(parse('Timelønn 220 kr. Mulighet for hjemmekontor to dager i uken.', 'NO')).toEqual(tag(220, 220, 'NOK', 'hour'));
    expect(parse('Palk 1800 €. Tööaeg 40 tundi nädalas.', 'EE')).toEqual(tag(1800, 1800, 'EUR', 'month'));
  });

  it('finds the pay in a whole description among other numbers', () => {
    const description =
      'We answer 40,000 calls a year for 120 clients. Requirements: 2+ years of experience, typing 45 wpm.\n' +
      'Budget of $500 for your home office. Pay: $19.50/hour, with a $1,000 sign-on bonus. We grew revenue to $2 million.';
    expect(parse(description, 'US', 'en')).toEqual(tag(19.5, 19.5, 'USD', 'hour'));
    const polish = 'Zespół 300 osób, biuro 5 minut od dworca. Oferujemy 7 500 – 8 500 zł brutto miesięcznie i budżet szkoleniowy 2 000 zł.';
    expect(parse(polish, 'PL', 'pl')).toEqual(tag(7500, 8500, 'PLN', 'month'));
  });
});

describe('parseSalary: no figure', () => {
  it.each([
    ['Palk kokkuleppel', 'EE'],
    ['Lønn etter avtale', 'NO'],
    ['Vergütung nach Tarif (TVöD)', 'DE'],
    ['Palkka TES:n mukaan', 'FI'],
    ['Lön enligt överenskommelse', 'SE'],
    ['Competitive salary and benefits', 'US'],
    ['Konkurencyjne wynagrodzenie', 'PL'],
    ['Ανταγωνιστικές αποδοχές', 'GR'],
    ['Salary negotiable', 'GB'],
  ])('%s → null with the phrase as the reason', (text, country) => {
    const result = parseSalary(text, { country, language: null });
    expect(result.salary).toBeNull();
    expect(result.explanation).toContainEqual(expect.objectContaining({ rule: 'salary.no-figure' }));
  });

  it('reads a bare number next to a pay word in the country currency, and nothing without a country', () => {
    expect(parse('Lønn 520 000–560 000', 'NO')).toEqual(tag(520000, 560000, 'NOK', 'year'));
    expect(parse('Salary: 45,000 per year', null)).toBeNull();
    expect(parse('Call 555 0199 between 9 and 17', 'US')).toBeNull();
    expect(parse('Stillingen lønnes i stillingskode 1065, lønnstrinn 45-55', 'NO')).toBeNull();
    expect(parse('Vergütung nach Entgeltgruppe 9a TVöD', 'DE')).toBeNull();
  });

  it('ignores company-sized figures', () => {
    expect(parse('We manage $2 billion in assets and €3,5 mln in grants', 'US')).toBeNull();
  });
});

describe('parseSalary: bad input', () => {
  it.each([
    '',
    '   ',
    '€€€€ $$$ kr kr',
    '<div><p>&nbsp;</p></div>',
    '🙂 1000 🙂',
    '12345678901234567890',
    '-1 €',
  ])('never throws on %j', (text) => {
    expect(() => parseSalary(text, { country: 'DE', language: 'de' })).not.toThrow();
  });

  it('accepts missing context and non-string input', () => {
    expect(parseSalary(undefined as unknown as string, undefined as unknown as { country: null; language: null }).salary).toBeNull();
    expect(parseSalary('€2,000 a month', { country: null, language: null }).salary).toEqual(tag(2000, 2000, 'EUR', 'month'));
  });

  it.each([
    ['digits and spaces', '1 '.repeat(500_000)],
    ['separators', '1.000,'.repeat(170_000)],
    ['currency soup', '€1 000 – '.repeat(110_000)],
    ['letters', 'a'.repeat(1_000_000)],
  ])('stays fast on a 1 MB adversarial string (%s)', (_name, text) => {
    const started = Date.now();
    parseSalary(text, { country: 'PL', language: 'pl' });
    expect(Date.now() - started).toBeLessThan(300);
  });
});
