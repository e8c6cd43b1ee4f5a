import { employerDisplayName, employerKey, restoreCasing } from './employer-name';

describe('employerDisplayName', () => {
  it.each([
    ['Fjellkraft Energi AS', 'Fjellkraft Energi'],
    ['KRAKOWSKIE ZAKŁADY MIĘSNE SP. Z O.O.', 'Krakowskie Zakłady Mięsne'],
    ['THE BLUE OWL BAKERY LTD', 'The Blue Owl Bakery'],
    ['BANK OF THE NORTH PLC', 'Bank of the North'],
    ['NORDIC IT SERVICES AB', 'Nordic IT Services'],
    ['IKEA Retail Services AB', 'IKEA Retail Services'],
    ['ΑΘΗΝΑΪΚΗ ΖΥΘΟΠΟΙΙΑ Α.Ε.', 'Αθηναϊκη Ζυθοποιια'],
    ['  Kuopion   Energia  Oy ', 'Kuopion Energia'],
    ['<b>Acme</b> Inc.', 'Acme'],
  ])('%s → %s', (raw, display) => {
    expect(employerDisplayName(raw)).toBe(display);
  });

  it('leaves acronyms and mixed-case names alone', () => {
    expect(restoreCasing('SAP')).toBe('SAP');
    expect(restoreCasing('KONE Oyj')).toBe('KONE Oyj');
    expect(restoreCasing('eBay Marketplaces')).toBe('eBay Marketplaces');
  });

  it('returns an empty string for non-strings and blanks', () => {
    expect(employerDisplayName('')).toBe('');
    expect(employerDisplayName(null as unknown as string)).toBe('');
  });
});

describe('employerKey', () => {
  it('is stable across case, diacritics, punctuation, spacing and legal forms', () => {
    const keys = ['Kraków Logistyka Sp. z o.o.', 'KRAKOW LOGISTYKA', 'Krakow-Logistyka sp.z o.o.', 'Kraków  Logistyka S.A.'].map(employerKey);
    expect(new Set(keys).size).toBe(1);
    expect(employerKey('The Home Depot')).toBe(employerKey('Home Depot'));
    expect(employerKey('Hansen & Sønn AS')).toBe(employerKey('Hansen and Sønn'));
    expect(employerKey('Τράπεζα Κυκλάδων Α.Ε.')).toBe(employerKey('ΤΡΑΠΕΖΑ ΚΥΚΛΑΔΩΝ'));
  });

  it('keeps different companies apart', () => {
    expect(employerKey('Nordic Outdoor Gear AB')).not.toBe(employerKey('Nordic Outdoor AB'));
    expect(employerKey('Delta Electronics (Poland)')).not.toBe(employerKey('Delta Electronics'));
  });

  it('is empty for empty input', () => {
    expect(employerKey('')).toBe('');
    expect(employerKey(42 as unknown as string)).toBe('');
  });
});
