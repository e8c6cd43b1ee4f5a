import { hasGreek, transliterateGreek } from './transliterate-greek';

describe('transliterateGreek', () => {
  it.each([
    ['Νέα Σμύρνη', 'Nea Smyrni'],
    ['Μεταμόρφωση', 'Metamorfosi'],
    ['Ασπρόπυργος', 'Aspropyrgos'],
    ['Χαλάνδρι', 'Chalandri'],
    ['Ευκαρπία', 'Efkarpia'],
    ['Αχαΐα', 'Achaia'],
    ['Άγιος Δημήτριος', 'Agios Dimitrios'],
    ['Λαύριο', 'Lavrio'],
    ['ΝΕΑ ΙΩΝΙΑ', 'Nea Ionia'],
    ['Μπραχάμι', 'Brachami'],
    ['Ντράφι', 'Drafi'],
  ])('%s → %s', (greek, latin) => {
    expect(transliterateGreek(greek)).toBe(latin);
  });

  it('leaves Latin text alone', () => {
    expect(transliterateGreek('Kraków')).toBe('Kraków');
    expect(hasGreek('Kraków')).toBe(false);
    expect(hasGreek('Αθήνα')).toBe(true);
  });
});
