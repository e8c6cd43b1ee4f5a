import { foldText, foldWords } from './fold-text';

describe('foldText', () => {
  it('lower-cases and removes diacritics, including letters NFKD cannot split', () => {
    expect(foldText('Kraków Łódź Tønsberg Straße Æsir')).toBe('krakow lodz tonsberg strasse aesir');
    expect(foldText('ΑΘΗΝΑ Αθήνα Πειραιάς')).toBe('αθηνα αθηνα πειραιασ');
    expect(foldText('plain ascii')).toBe('plain ascii');
  });

  it('splits into words, dropping punctuation', () => {
    expect(foldWords('J.P. Morgan & Co.')).toEqual(['j', 'p', 'morgan', 'co']);
    expect(foldWords(' -- ')).toEqual([]);
  });
});
