import { parseAmount, scanMoney } from './money-scanner';

describe('parseAmount', () => {
  it.each<[string, string | undefined, number]>([
    ['1.800', '.', 1800],
    ['13,20', undefined, 13.2],
    ['123,500.00', ',', 123500],
    ['1 600', ' ', 1600],
    ['1.200,50', '.', 1200.5],
    ['16.50', undefined, 16.5],
  ])('%s → %d', (text, separator, value) => {
    expect(parseAmount(text, separator)).toBe(value);
  });
});

describe('scanMoney', () => {
  const amounts = (text: string) => scanMoney(text.toLowerCase()).map(({ low, high, currencyToken }) => [low, high, currencyToken]);

  it('reads signs and codes on either side, ranges with either sign, and thousands suffixes', () => {
    expect(amounts('1 400–1 800 €')).toEqual([[1400, 1800, '€']]);
    expect(amounts('kr 420 000 – 480 000')).toEqual([[420000, 480000, 'kr']]);
    expect(amounts('CA$52,000–60,000')).toEqual([[52000, 60000, 'ca$']]);
    expect(amounts('$45K-$55K')).toEqual([[45000, 55000, '$']]);
    expect(amounts('7 000 – 8 500 PLN')).toEqual([[7000, 8500, 'pln']]);
    expect(amounts('od 5000 do 7000 zł')).toEqual([[5000, 7000, 'zł']]);
  });

  it('leaves numbers without a currency out', () => {
    expect(amounts('2 dni w biurze, 40 godzin, B2B, 24/7, 8:00–16:00')).toEqual([]);
  });
});
