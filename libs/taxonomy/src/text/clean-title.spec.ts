import { cleanTitle } from './clean-title';

describe('cleanTitle', () => {
  it('removes gender markers that split words', () => {
    expect(cleanTitle('Konsultant/ka infolinii')).toBe('Konsultant infolinii');
    expect(cleanTitle('Przedstawiciel/ka handlowy/a')).toBe('Przedstawiciel handlowy');
    expect(cleanTitle('Υπεύθυνος/η Εξυπηρέτησης')).toBe('Υπεύθυνος Εξυπηρέτησης');
    expect(cleanTitle('Kundenberater (m/w/d) im Service')).toBe('Kundenberater im Service');
    expect(cleanTitle('Doradca klienta (K/M)')).toBe('Doradca klienta');
  });

  it('keeps real alternatives and caps hostile input', () => {
    expect(cleanTitle('Säljsupport / säljassistent')).toBe('Säljsupport / säljassistent');
    expect(cleanTitle('x'.repeat(10_000)).length).toBe(300);
    expect(cleanTitle(42 as unknown as string)).toBe('');
  });
});
