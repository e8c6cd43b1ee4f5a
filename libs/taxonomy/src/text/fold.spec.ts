import { foldCode, foldText, tokenize } from './fold';

describe('foldText', () => {
  it('lower-cases and removes diacritics in base mode', () => {
    expect(foldText('Kõnekeskuse KLIENDITEENINDAJA')).toBe('konekeskuse klienditeenindaja');
    expect(foldText('Außendienst Łódź Tønsberg Ærø')).toBe('ausendienst lodz tonsberg aro');
    expect(foldText('Εξυπηρέτηση Πελατών ΕΠΟΠΤΗΣ')).toBe('εξυπηρετηση πελατων εποπτησ');
  });

  it('keeps diacritics in lower mode, for language identification', () => {
    expect(foldText('För Søker Õhtu', 'lower')).toBe('för søker õhtu');
  });

  it('turns punctuation, hyphens, emoji and runs of spaces into single separators', () => {
    expect(foldText('  IT-tugi / Service Desk 😀 (m/w/d)!!  ')).toBe('it tugi service desk m w d');
    expect(foldText('😀🙂')).toBe('');
    expect(foldText('')).toBe('');
  });

  it('reads at most maxChars characters', () => {
    expect(foldText('customer service agent', 'base', 8)).toBe('customer');
  });

  it('folds one code unit to one code unit and lone surrogates to a separator', () => {
    expect(String.fromCharCode(foldCode('Ä'.charCodeAt(0)))).toBe('a');
    expect(foldCode(0xd83d)).toBe(0x20);
  });
});

describe('tokenize', () => {
  it('splits folded words', () => {
    expect(tokenize('Specjalista ds. Obsługi Klienta')).toEqual(['specjalista', 'ds', 'obslugi', 'klienta']);
    expect(tokenize('   ')).toEqual([]);
  });
});
